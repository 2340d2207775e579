# SPDX-License-Identifier: Apache-2.0
# Reference values for tests/stats (the statistical pieces used by ARIMA): R 4.2.2 stats and
# urca (as installed with forecast 8.20 on Debian 12). Run from the repository root:
#   Rscript tests/reference/arima/make_stats_reference.R ../shared/data
# Writes tests/reference/arima/stats_reference.csv: name,key,value (12 significant digits).
suppressPackageStartupMessages(library(urca))
args <- commandArgs(trailingOnly = TRUE)
data_dir <- if (length(args) >= 1) args[1] else "../shared/data"
g <- function(x) trimws(formatC(x, digits = 12, format = "g"))
rows <- list()
add <- function(name, key, value) rows[[length(rows) + 1]] <<- data.frame(name = name, key = key,
                                                                          value = g(value))
rd <- function(nm) read.csv(file.path(data_dir, "classic", paste0(nm, ".csv")))$value
nile <- rd("Nile"); lh <- rd("lh"); ap <- rd("AirPassengers"); huron <- rd("LakeHuron")
# KPSS: urca::ur.kpss(x, type, use.lag = trunc(3 * sqrt(n) / 13)) as forecast::ndiffs calls it.
for (case in list(list("kpss_level_nile", nile, "mu"), list("kpss_level_huron", huron, "mu"),
                  list("kpss_level_diff_airpass", diff(ap), "mu"),
                  list("kpss_trend_nile", nile, "tau"))) {
  x <- case[[2]]
  k <- ur.kpss(x, type = case[[3]], use.lag = trunc(3 * sqrt(length(x)) / 13))
  add(case[[1]], "statistic", k@teststat)
  add(case[[1]], "lags", k@lag)
}
# STL: stats::stl(ts(log(AirPassengers), frequency = 12), s.window = 11), robust = FALSE.
s <- stl(ts(log(ap), frequency = 12), s.window = 11)$time.series
for (i in c(1, 2, 7, 70, 143, 144)) {
  add("stl_log_airpass", paste0("seasonal", i), s[i, "seasonal"])
  add("stl_log_airpass", paste0("trend", i), s[i, "trend"])
}
s <- stl(ts(log(ap), frequency = 12), s.window = 11, robust = TRUE)$time.series
for (i in c(1, 70, 144)) add("stl_log_airpass_robust", paste0("trend", i), s[i, "trend"])
# Ljung-Box: Box.test(lh, lag = 10, type = "Ljung-Box", fitdf = 1).
b <- Box.test(lh, lag = 10, type = "Ljung-Box", fitdf = 1)
add("ljung_box_lh", "statistic", b$statistic)
add("ljung_box_lh", "p_value", b$p.value)
a <- acf(lh, lag.max = 5, plot = FALSE)$acf
for (i in 0:5) add("acf_lh", i, a[i + 1])
# optim BFGS on Rosenbrock from (-1.2, 1) with numerical gradients (R's defaults).
fr <- function(x) 100 * (x[2] - x[1]^2)^2 + (1 - x[1])^2
o <- optim(c(-1.2, 1), fr, method = "BFGS", hessian = TRUE)
add("bfgs_rosenbrock", "x1", o$par[1]); add("bfgs_rosenbrock", "x2", o$par[2])
add("bfgs_rosenbrock", "value", o$value)
add("bfgs_rosenbrock", "fn_count", o$counts[1]); add("bfgs_rosenbrock", "gr_count", o$counts[2])
add("bfgs_rosenbrock", "h11", o$hessian[1, 1]); add("bfgs_rosenbrock", "h12", o$hessian[1, 2])
add("bfgs_rosenbrock", "h22", o$hessian[2, 2])
r <- polyroot(c(1, -0.5, 0.06))
add("polyroot", "mod_min", min(Mod(r))); add("polyroot", "mod_max", max(Mod(r)))
# Missing values: acf(na.action = na.pass) divides the lag-k sum by (pairs + k), and Box.test
# passes the NAs to acf and counts n = non-missing values.
lhna <- lh; lhna[c(5, 20)] <- NA
a <- acf(lhna, lag.max = 5, plot = FALSE, na.action = na.pass)$acf
for (i in 0:5) add("acf_lh_na", i, a[i + 1])
b <- Box.test(lhna, lag = 10, type = "Ljung-Box", fitdf = 1)
add("ljung_box_lh_na", "statistic", b$statistic)
add("ljung_box_lh_na", "p_value", b$p.value)
write.csv(do.call(rbind, rows), "tests/reference/arima/stats_reference.csv", row.names = FALSE,
          quote = FALSE)
