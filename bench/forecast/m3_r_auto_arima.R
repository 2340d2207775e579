# SPDX-License-Identifier: Apache-2.0
# forecast::auto.arima with defaults on the M3 development half: forecasts and CPU time per series.
#
# Usage: Rscript bench/forecast/m3_r_auto_arima.R <data_dir> <out_prefix> [every_kth] [categories]
#   data_dir    ../shared/data/m3 (long CSVs m3_<category>.csv)
#   out_prefix  e.g. bench/forecast/results/r_auto_arima_m3 -> <prefix>_forecasts.csv,
#               <prefix>_models.csv
#   every_kth   1 (default) runs every series; k runs series 1, 1+k, 1+2k, ... of each category
#               (a systematic subsample, for side-by-side timing in the same script run)
#   categories  comma-separated subset of yearly,quarterly,monthly,other (default: all)
# The output files are appended series by series, so an interrupted run resumes where it stopped.
# Tool: R 4.2.2, forecast 8.20 (Debian 12). Time = CPU (user + system) of auto.arima + forecast.
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
data_dir <- args[1]
prefix <- args[2]
every <- if (length(args) >= 3) as.integer(args[3]) else 1L
cats <- if (length(args) >= 4) strsplit(args[4], ",")[[1]] else
  c("yearly", "quarterly", "monthly", "other")
fc_file <- paste0(prefix, "_forecasts.csv")
md_file <- paste0(prefix, "_models.csv")
done <- character(0)
if (file.exists(md_file)) {
  done <- read.csv(md_file, stringsAsFactors = FALSE)$series_id
} else {
  cat("series_id,category,n,p,d,q,P,D,Q,m,constant,aicc,cpu_s\n", file = md_file)
  cat("series_id,h,forecast,lo95,hi95\n", file = fc_file)
}
for (cat_name in cats) {
  d <- read.csv(file.path(data_dir, paste0("m3_", cat_name, ".csv")), stringsAsFactors = FALSE)
  ids <- unique(d$series_id)
  ids <- ids[seq(1, length(ids), by = every)]
  for (id in ids) {
    if (id %in% done) next
    s <- d[d$series_id == id & d$split == "train", ]
    s <- s[order(s$t), ]
    m <- s$frequency[1]
    h <- s$horizon[1]
    y <- ts(s$value, frequency = m)
    t0 <- proc.time()
    fit <- auto.arima(y)
    fc <- forecast(fit, h = h, level = c(80, 95))
    t1 <- proc.time()
    cpu <- (t1[["user.self"]] - t0[["user.self"]]) + (t1[["sys.self"]] - t0[["sys.self"]])
    a <- fit$arma  # p, q, P, Q, m, d, D
    cst <- if ("drift" %in% names(coef(fit))) "drift" else
      if ("intercept" %in% names(coef(fit))) "mean" else "none"
    cat(sprintf("%s,%s,%d,%d,%d,%d,%d,%d,%d,%d,%s,%.10g,%.4f\n", id, cat_name, length(y), a[1],
                a[6], a[2], a[3], a[7], a[4], a[5], cst, fit$aicc, cpu),
        file = md_file, append = TRUE)
    lines <- sprintf("%s,%d,%.8g,%.8g,%.8g", id, seq_len(h), as.numeric(fc$mean), fc$lower[, 2],
                     fc$upper[, 2])
    cat(paste0(lines, "\n", collapse = ""), file = fc_file, append = TRUE)
  }
}
