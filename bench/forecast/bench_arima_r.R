# SPDX-License-Identifier: Apache-2.0
# R side of bench_arima.cpp: the same work timed in R 4.2.2 / forecast 8.20, CPU seconds
# (user + system) per call. Usage: Rscript bench/forecast/bench_arima_r.R ../shared/data [batch]
# The batch of 1,000 series (about 9 CPU minutes in R) runs only with the extra argument "batch";
# without it the script sums R's per-series CPU times of the same 1,000 series from the cached
# full M3 run (bench/forecast/results/r_auto_arima_m3_models.csv).
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
data_dir <- if (length(args) >= 1) args[1] else "../shared/data"
cpu <- function(expr_fn, reps) {
  t0 <- proc.time()
  for (i in seq_len(reps)) expr_fn()
  t1 <- proc.time()
  ((t1[["user.self"]] - t0[["user.self"]]) + (t1[["sys.self"]] - t0[["sys.self"]])) / reps
}
ap <- ts(log(read.csv(file.path(data_dir, "classic/AirPassengers.csv"))$value), frequency = 12)
airline <- cpu(function() stats::arima(ap, order = c(0, 1, 1), seasonal = c(0, 1, 1)), 20)
cat(sprintf("R_arima_fit_airline_ms,%.3f\n", 1000 * airline))
series <- list()
for (cat_name in c("yearly", "quarterly", "monthly", "other")) {
  d <- read.csv(file.path(data_dir, "m3", paste0("m3_", cat_name, ".csv")), stringsAsFactors = FALSE)
  d <- d[d$split == "train", ]
  for (id in unique(d$series_id)) {
    if (length(series) >= 1000) break
    s <- d[d$series_id == id, ]
    series[[length(series) + 1]] <- ts(s$value[order(s$t)], frequency = s$frequency[1])
  }
}
monthly <- series[[323 + 378 + 1]]
auto1 <- cpu(function() auto.arima(monthly), 3)
cat(sprintf("R_auto_monthly_ms,%.3f\n", 1000 * auto1))
if (length(args) >= 2 && args[2] == "batch") {
  batch <- cpu(function() for (y in series) auto.arima(y), 1)
  cat(sprintf("R_auto_batch_1000_s,%.3f\n", batch))
} else {
  cached <- read.csv("bench/forecast/results/r_auto_arima_m3_models.csv")
  cat(sprintf("R_auto_batch_1000_s_cached,%.3f\n", sum(head(cached$cpu_s, 1000))))
}
