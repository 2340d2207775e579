// SPDX-License-Identifier: Apache-2.0
/// \file
/// Umbrella header of the clustering capability: k-means (Lloyd, Hamerly, k-means++), mini-batch
/// k-means, silhouette scores and choosing k.
#pragma once

#include <foresight/cluster/choose_k.hpp>
#include <foresight/cluster/kmeans.hpp>
#include <foresight/cluster/minibatch.hpp>
#include <foresight/cluster/silhouette.hpp>
