# SPDX-License-Identifier: Apache-2.0
# Reference values for tests/forecast/arima: R 4.2.2 stats::arima (and forecast 8.20) on the classic
# series of ../shared/data/classic. Run from the repository root:
#   Rscript tests/reference/arima/make_reference.R ../shared/data
# Writes (small, committed):
# The tests read the series themselves from the shared data (classic/<name>.csv) and are skipped
# without it; the repository keeps R's results only.
#   tests/reference/arima/cases.csv       one row per case: name,data,transform,p,d,q,P,D,Q,s,
#                                         const,method,h,extra (extra: missing/fixed/xreg variants)
#   tests/reference/arima/fits.csv        case,quantity,key,value (12 significant digits):
#                                         coef, sigma2, sigma2_forecast (forecast::Arima's),
#                                         loglik, aic, aicc, bic, nobs_used, mean, lo80, hi80,
#                                         lo95, hi95, se (standard errors)
# and checks that the first ten cases reproduce ../shared/data/reference/arima_fits.csv
# (tool R_stats_arima_ML) within 1e-5 relative (observed: 7e-7, austres; all others <= 1e-9).
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
data_dir <- if (length(args) >= 1) args[1] else "../shared/data"
out_dir <- "tests/reference/arima"
g <- function(x) trimws(formatC(x, digits = 12, format = "g"))

cases <- read.csv(file.path(data_dir, "reference/arima_fits_cases.csv"), stringsAsFactors = FALSE)
cases$name <- cases$case
cases$method <- "ML"
cases$extra <- "none"
# Variants exercising the other code paths (our own cases, not in the shared reference).
more <- data.frame(
  name = c("lh_ar1_mean_css", "wwwusage_arima111_cssml", "lakehuron_arma11_mean_xreg",
           "usaccdeaths_airline_fixed_ma1", "lakehuron_ar2_fixed_ar2",
           "airpass_log_airline_missing", "nile_arima011_drift_cssml"),
  data = c("lh", "WWWusage", "LakeHuron", "USAccDeaths", "LakeHuron", "AirPassengers", "Nile"),
  transform = c("none", "none", "none", "none", "none", "log", "none"),
  p = c(1, 1, 1, 0, 2, 0, 0), d = c(0, 1, 0, 1, 0, 1, 1), q = c(0, 1, 1, 1, 0, 1, 1),
  P = c(0, 0, 0, 0, 0, 0, 0), D = c(0, 0, 0, 1, 0, 1, 0), Q = c(0, 0, 0, 1, 0, 1, 0),
  s = c(1, 1, 1, 12, 1, 12, 1),
  const = c("mean", "none", "mean", "none", "mean", "none", "drift"),
  h = c(12, 20, 10, 24, 10, 24, 10),
  method = c("CSS", "CSS-ML", "ML", "ML", "ML", "CSS-ML", "CSS-ML"),
  extra = c("none", "none", "xreg_year", "fixed_ma1", "fixed_ar2", "missing", "none"),
  stringsAsFactors = FALSE)
cases <- rbind(cases[, names(more)], more)

fit_rows <- list()
add <- function(case, quantity, key, value) {
  fit_rows[[length(fit_rows) + 1]] <<- data.frame(case = case, quantity = quantity, key = key,
                                                  value = g(value), stringsAsFactors = FALSE)
}
for (i in seq_len(nrow(cases))) {
  cs <- cases[i, ]
  raw <- read.csv(file.path(data_dir, "classic", paste0(cs$data, ".csv")))
  y <- raw$value
  if (cs$transform == "log") y <- log(y)
  freq <- max(raw$season)
  y <- ts(y, frequency = freq)
  n <- length(y)
  if (cs$extra == "missing") y[c(10, 50, 100)] <- NA
  xreg <- NULL
  newxreg <- NULL
  if (cs$const == "drift") {
    xreg <- cbind(drift = 1:n)
    newxreg <- cbind(drift = n + seq_len(cs$h))
  }
  if (cs$extra == "xreg_year") {
    xreg <- cbind(year = raw$cycle)
    newxreg <- cbind(year = max(raw$cycle) + seq_len(cs$h))
  }
  fixed <- NULL
  if (cs$extra == "fixed_ma1") fixed <- c(-0.4, NA)
  if (cs$extra == "fixed_ar2") fixed <- c(NA, -0.2, NA)
  fit <- suppressWarnings(stats::arima(y, order = c(cs$p, cs$d, cs$q),
                      seasonal = list(order = c(cs$P, cs$D, cs$Q), period = cs$s),
                      xreg = xreg, include.mean = (cs$const == "mean"), method = cs$method,
                      fixed = fixed))
  for (k in seq_along(fit$coef)) add(cs$name, "coef", names(fit$coef)[k], fit$coef[k])
  se <- rep(0, length(fit$coef))
  se[fit$mask] <- sqrt(diag(fit$var.coef))
  for (k in seq_along(fit$coef)) add(cs$name, "se", names(fit$coef)[k], se[k])
  nstar <- sum(!is.na(y)) - cs$d - cs$D * cs$s
  npar <- sum(fit$mask) + 1
  add(cs$name, "sigma2", "", fit$sigma2)
  add(cs$name, "sigma2_forecast", "",
      sum(fit$residuals^2, na.rm = TRUE) / (nstar - npar + 1))
  add(cs$name, "loglik", "", fit$loglik)
  if (cs$method != "CSS") {
    add(cs$name, "aic", "", fit$aic)
    add(cs$name, "aicc", "", fit$aic + 2 * npar * (npar + 1) / (nstar - npar - 1))
    add(cs$name, "bic", "", fit$aic + npar * (log(nstar) - 2))
  }
  add(cs$name, "nobs_used", "", fit$nobs)
  pr <- predict(fit, n.ahead = cs$h, newxreg = newxreg)
  for (k in seq_len(cs$h)) {
    add(cs$name, "mean", k, pr$pred[k])
    add(cs$name, "lo80", k, pr$pred[k] - qnorm(0.9) * pr$se[k])
    add(cs$name, "hi80", k, pr$pred[k] + qnorm(0.9) * pr$se[k])
    add(cs$name, "lo95", k, pr$pred[k] - qnorm(0.975) * pr$se[k])
    add(cs$name, "hi95", k, pr$pred[k] + qnorm(0.975) * pr$se[k])
  }
}
fits <- do.call(rbind, fit_rows)
write.csv(cases, file.path(out_dir, "cases.csv"), row.names = FALSE, quote = FALSE)
write.csv(fits, file.path(out_dir, "fits.csv"), row.names = FALSE, quote = FALSE)

# Reproduction check against the shared reference (R_stats_arima_ML rows).
shared <- read.csv(file.path(data_dir, "reference/arima_fits.csv"), stringsAsFactors = FALSE)
shared <- shared[shared$tool == "R_stats_arima_ML", ]
shared$key[is.na(shared$key)] <- ""
mine <- fits
mine$value <- as.numeric(mine$value)
m <- merge(shared, mine, by = c("case", "quantity", "key"))
rel <- abs(m$value.x - m$value.y) / pmax(1e-12, abs(m$value.x))
cat(sprintf("compared %d shared values; max relative difference %.3g\n", nrow(m), max(rel)))
# 1e-5: the flat austres likelihood moves by ~1e-6 between the CSV input and R's own dataset.
if (max(rel) > 1e-5) stop("the shared reference is not reproduced")

# auto.arima (forecast 8.20, all defaults) on every classic series and on log AirPassengers and
# log UKgas: tests/reference/arima/auto_classic.csv (name,transform,p,d,q,P,D,Q,m,constant,aicc,
# seasonal_strength).
index <- read.csv(file.path(data_dir, "classic/index.csv"), stringsAsFactors = FALSE)
auto_rows <- list()
for (i in seq_len(nrow(index))) {
  nm <- index$name[i]
  raw <- read.csv(file.path(data_dir, "classic", paste0(nm, ".csv")))
  for (tr in c("none", "log")) {
    if (tr == "log" && !(nm %in% c("AirPassengers", "UKgas"))) next
    y <- ts(if (tr == "log") log(raw$value) else raw$value, frequency = index$frequency[i])
    fit <- auto.arima(y)
    a <- fit$arma
    cst <- if ("drift" %in% names(coef(fit))) "drift" else
      if ("intercept" %in% names(coef(fit))) "mean" else "none"
    strength <- if (index$frequency[i] > 1) forecast:::seas.heuristic(y) else NA_real_
    auto_rows[[length(auto_rows) + 1]] <- data.frame(
      name = nm, transform = tr, p = a[1], d = a[6], q = a[2], P = a[3], D = a[7], Q = a[4],
      m = a[5], constant = cst, aicc = g(fit$aicc), seasonal_strength = g(strength))
  }
}
write.csv(do.call(rbind, auto_rows), file.path(out_dir, "auto_classic.csv"), row.names = FALSE,
          quote = FALSE)
