// SPDX-License-Identifier: Apache-2.0
/// \file
/// Umbrella header of the neural sequence forecasters (CPU): layers, losses, optimisers,
/// schedules, windowing, training, the panel forecaster and weight files. CUDA headers
/// (nn/cuda/*.cuh) are not included.
#pragma once

#include <foresight/nn/attention.hpp>
#include <foresight/nn/dense.hpp>
#include <foresight/nn/dropout.hpp>
#include <foresight/nn/forecaster.hpp>
#include <foresight/nn/gru.hpp>
#include <foresight/nn/init.hpp>
#include <foresight/nn/layer_norm.hpp>
#include <foresight/nn/loss.hpp>
#include <foresight/nn/lstm.hpp>
#include <foresight/nn/model.hpp>
#include <foresight/nn/optimizer.hpp>
#include <foresight/nn/positional_encoding.hpp>
#include <foresight/nn/recurrent.hpp>
#include <foresight/nn/schedule.hpp>
#include <foresight/nn/tensor.hpp>
#include <foresight/nn/train.hpp>
#include <foresight/nn/transformer_encoder.hpp>
#include <foresight/nn/weights.hpp>
#include <foresight/nn/window.hpp>
