# SPDX-License-Identifier: Apache-2.0
# Reference values for foresight's metrics, preprocessing and baseline forecasters.
#
#   cd tests/reference/core && Rscript baselines_metrics.R
#
# R 4.2.2, forecast 8.20. Every input series comes from R's own datasets package; the C++ tests
# read the same series from the shared data directory (classic/<name>.csv, identical values) and
# are skipped without it, so the repository keeps R's results but no copy of the data. Numbers
# are written with 17 significant digits ("NA" for missing). Outputs:
#   baselines_split.csv      series, source (classic series), frequency, n, n_train, missing
#                            (1-based positions set to NA, ';'-separated)
#   baselines_forecasts.csv  meanf, naive, snaive, rwf(drift=TRUE), level=c(80,95) on the train part
#   baselines_fitted.csv     fitted values and residuals of those four models
#   baselines_accuracy.csv   forecast::accuracy (training and test set) plus sMAPE, pinball,
#                            coverage and Winkler computed here by explicit formulas
#   preprocessing_diff.csv   diff / diffinv(xi) / diffinv of forecasts of a differenced series
#   preprocessing_boxcox.csv BoxCox, InvBoxCox, InvBoxCox(biasadj=TRUE, fvar)
#   preprocessing_lambda.csv BoxCox.lambda(method="guerrero") with several bounds
#   preprocessing_interp.csv approx(rule=2) linear interpolation of missing values, and the
#                            same per season position (foresight's seasonal interpolation)
suppressPackageStartupMessages(library(forecast))
stopifnot(packageVersion("forecast") == "8.20")

num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", as.numeric(x)))
write_ref <- function(df, file) {
  for (j in seq_along(df)) if (is.numeric(df[[j]])) df[[j]] <- num(df[[j]])
  write.table(df, file, sep = ",", quote = FALSE, row.names = FALSE)
}

# AirPassengers with missing values: inside the first cycle (left unfilled by lagwalk), inside
# later cycles (filled from one cycle back), at the end of the training part (the forecast origin)
# and one in the test part (skipped by accuracy's na.rm).
ap_na <- AirPassengers
ap_na[c(5, 30, 31, 100, 120, 130)] <- NA
series <- list(AirPassengers = AirPassengers, USAccDeaths = USAccDeaths, Nile = Nile,
               WWWusage = WWWusage, UKgas = UKgas, lynx = lynx, AirPassengersNA = ap_na)

horizon <- function(x) if (frequency(x) > 1) 2 * frequency(x) else 10
split <- function(x) {
  n <- length(x); h <- horizon(x)
  list(train = ts(x[1:(n - h)], start = start(x), frequency = frequency(x)),
       test = ts(x[(n - h + 1):n], end = end(x), frequency = frequency(x)), h = h)
}

# Pinball loss of quantile forecast q at probability tau; Winkler (1972) score of [l, u] at
# level 1 - alpha (Hyndman & Athanasopoulos, FPP3 section 5.9). Pairs with NA are skipped.
pinball <- function(y, q, tau) mean(ifelse(y >= q, tau * (y - q), (1 - tau) * (q - y)), na.rm = TRUE)
coverage <- function(y, l, u) mean(y >= l & y <= u, na.rm = TRUE)
winkler <- function(y, l, u, alpha) {
  s <- (u - l) + ifelse(y < l, 2 / alpha * (l - y), 0) + ifelse(y > u, 2 / alpha * (y - u), 0)
  mean(s, na.rm = TRUE)
}
smape <- function(y, f) {
  s <- ifelse(y == 0 & f == 0, 0, 200 * abs(y - f) / (abs(y) + abs(f)))
  mean(s, na.rm = TRUE)
}

# Fitted values and residuals are written for three series (seasonal, non-seasonal, with NA).
fitted_series <- c("AirPassengers", "Nile", "AirPassengersNA")
ser_rows <- list(); fc_rows <- list(); fit_rows <- list(); acc_rows <- list()
for (name in names(series)) {
  x <- series[[name]]
  s <- split(x)
  n <- length(x); ntr <- length(s$train)
  ser_rows[[name]] <- data.frame(series = name, source = sub("NA$", "", name),
                                 frequency = frequency(x), n = n, n_train = ntr,
                                 missing = paste(which(is.na(x)), collapse = ";"))
  models <- list(
    mean = meanf(s$train, h = s$h, level = c(80, 95)),
    naive = naive(s$train, h = s$h, level = c(80, 95)),
    seasonal_naive = snaive(s$train, h = s$h, level = c(80, 95)),
    drift = rwf(s$train, h = s$h, drift = TRUE, level = c(80, 95)))
  for (m in names(models)) {
    fc <- models[[m]]
    fc_rows[[paste(name, m)]] <- data.frame(
      series = name, method = m, step = 1:s$h, mean = as.numeric(fc$mean),
      lower80 = as.numeric(fc$lower[, 1]), upper80 = as.numeric(fc$upper[, 1]),
      lower95 = as.numeric(fc$lower[, 2]), upper95 = as.numeric(fc$upper[, 2]))
    if (name %in% fitted_series) fit_rows[[paste(name, m)]] <- data.frame(
      series = name, method = m, t = 1:ntr, fitted = as.numeric(fitted(fc)),
      residual = as.numeric(residuals(fc)))
    a <- accuracy(fc, s$test)
    y <- as.numeric(s$test); f <- as.numeric(fc$mean)
    l80 <- as.numeric(fc$lower[, 1]); u80 <- as.numeric(fc$upper[, 1])
    l95 <- as.numeric(fc$lower[, 2]); u95 <- as.numeric(fc$upper[, 2])
    acc_rows[[paste(name, m)]] <- data.frame(
      series = name, method = m, set = c("train", "test"),
      ME = a[, "ME"], RMSE = a[, "RMSE"], MAE = a[, "MAE"], MPE = a[, "MPE"],
      MAPE = a[, "MAPE"], MASE = a[, "MASE"],
      sMAPE = c(NA, smape(y, f)),
      pinball025 = c(NA, pinball(y, l95, 0.025)), pinball10 = c(NA, pinball(y, l80, 0.10)),
      pinball50 = c(NA, pinball(y, f, 0.50)), pinball90 = c(NA, pinball(y, u80, 0.90)),
      pinball975 = c(NA, pinball(y, u95, 0.975)),
      coverage80 = c(NA, coverage(y, l80, u80)), coverage95 = c(NA, coverage(y, l95, u95)),
      winkler80 = c(NA, winkler(y, l80, u80, 0.20)), winkler95 = c(NA, winkler(y, l95, u95, 0.05)))
  }
}
write_ref(do.call(rbind, ser_rows), "baselines_split.csv")
write_ref(do.call(rbind, fc_rows), "baselines_forecasts.csv")
write_ref(do.call(rbind, fit_rows), "baselines_fitted.csv")
write_ref(do.call(rbind, acc_rows), "baselines_accuracy.csv")

# ---- differencing (first 60 values of each input): diff(x, lag, differences); diffinv(diff, lag, differences, xi = head(x));
# and forecasts of a differenced series turned back into forecasts of the original:
# tail(diffinv(fc, lag, differences, xi = tail(history, lag * differences)), h).
diff_rows <- list()
add_diff <- function(name, x, lag, d) {
  x <- head(as.numeric(x), 60)
  dx <- diff(x, lag = lag, differences = d)
  back <- diffinv(dx, lag = lag, differences = d, xi = head(x, lag * d))
  h <- 2 * lag + 3
  hist <- head(x, length(x) - h)
  dfc <- rep(mean(diff(hist, lag = lag, differences = d)), h) + seq_len(h) / 10
  fc <- tail(diffinv(dfc, lag = lag, differences = d, xi = tail(hist, lag * d)), h)
  diff_rows[[paste(name, lag, d)]] <<- rbind(
    data.frame(series = name, lag = lag, differences = d, kind = "diff",
               i = seq_along(dx), value = dx),
    data.frame(series = name, lag = lag, differences = d, kind = "diffinv",
               i = seq_along(back), value = back),
    data.frame(series = name, lag = lag, differences = d, kind = "dforecast",
               i = seq_len(h), value = dfc),
    data.frame(series = name, lag = lag, differences = d, kind = "forecast",
               i = seq_len(h), value = fc))
}
add_diff("AirPassengers", AirPassengers, 1, 1)
add_diff("AirPassengers", AirPassengers, 1, 2)
add_diff("AirPassengers", AirPassengers, 12, 1)
add_diff("AirPassengers", AirPassengers, 12, 2)
add_diff("UKgas", UKgas, 4, 1)
add_diff("Nile", Nile, 1, 3)
write_ref(do.call(rbind, diff_rows), "preprocessing_diff.csv")

# ---- Box-Cox (first 36 values of each input): BoxCox(x, lambda), InvBoxCox(BoxCox(x)), InvBoxCox(z, biasadj=TRUE, fvar).
# dNile = diff(Nile) has negative values (sign(x)|x|^lambda for lambda > 0, NA for lambda < 0).
bc_rows <- list()
bc_inputs <- list(AirPassengers = AirPassengers, UKgas = UKgas, Nile = Nile, dNile = diff(Nile))
for (name in names(bc_inputs)) {
  x <- head(as.numeric(bc_inputs[[name]]), 36)
  for (lambda in c(-0.5, 0, 0.25, 0.5, 1, 1.5)) {
    z <- BoxCox(x, lambda)
    fvar <- (seq_along(x) / length(x)) * 0.01 * (1 + ifelse(is.finite(z), abs(as.numeric(z)), 0))
    bc_rows[[paste(name, lambda)]] <- data.frame(
      series = name, lambda = lambda, i = seq_along(x), x = x, boxcox = as.numeric(z),
      inverse = as.numeric(InvBoxCox(z, lambda)), fvar = fvar,
      inverse_biasadj = as.numeric(InvBoxCox(z, lambda, biasadj = TRUE, fvar = fvar)))
  }
}
write_ref(do.call(rbind, bc_rows), "preprocessing_boxcox.csv")

# ---- Guerrero's lambda: BoxCox.lambda(x, method = "guerrero", lower, upper).
lam_rows <- list()
lam_inputs <- c(series[c("AirPassengers", "USAccDeaths", "Nile", "WWWusage", "UKgas", "lynx",
                         "AirPassengersNA")],
                list(dNile = diff(Nile), shortUK = ts(UKgas[1:8], frequency = 4)))
for (name in names(lam_inputs)) {
  x <- lam_inputs[[name]]
  for (b in list(c(-1, 2), c(0, 1), c(-0.5, 0.5))) {
    lam <- suppressWarnings(BoxCox.lambda(x, method = "guerrero", lower = b[1], upper = b[2]))
    lam_rows[[paste(name, b[1], b[2])]] <- data.frame(
      series = name, frequency = frequency(x), lower = b[1], upper = b[2], lambda = lam)
  }
}
write_ref(do.call(rbind, lam_rows), "preprocessing_lambda.csv")
# dNile and shortUK are not classic series of the shared data: write their values too.
write_ref(rbind(data.frame(series = "dNile", frequency = 1, t = seq_along(diff(Nile)),
                           value = as.numeric(diff(Nile))),
                data.frame(series = "shortUK", frequency = 4, t = 1:8, value = UKgas[1:8])),
          "preprocessing_extra_series.csv")

# ---- Linear interpolation of missing values: approx(rule = 2) over the observed positions.
# Seasonal interpolation (foresight's definition, see core/interpolate.hpp): the same within each
# season position s, s + period, ... (approx over the cycle index of that position).
approx2 <- function(y) {
  ok <- which(!is.na(y))
  if (length(ok) == 1) return(rep(y[ok], length(y)))  # approx needs two points; rule = 2 result
  approx(x = ok, y = y[ok], xout = seq_along(y), rule = 2)$y
}
seasonal_fill <- function(y, period) {
  out <- y
  for (s in seq_len(min(period, length(y)))) {
    idx <- seq(s, length(y), by = period)
    out[idx] <- approx2(y[idx])
  }
  out
}
ip_rows <- list()
ip_inputs <- list(
  AirPassengersNA = list(y = as.numeric(ap_na), period = 12),
  edges = list(y = c(NA, NA, 3, NA, 7, 8, NA, NA, NA, 4, NA), period = 3),
  lynx_gaps = list(y = replace(as.numeric(lynx), c(1, 10:14, 50, 114), NA), period = 10),
  UKgas_gaps = list(y = replace(as.numeric(UKgas), c(1, 2, 6, 7, 8, 50, 51, 105, 108), NA),
                    period = 4))
for (name in names(ip_inputs)) {
  y <- ip_inputs[[name]]$y
  period <- ip_inputs[[name]]$period
  ip_rows[[name]] <- data.frame(series = name, period = period, i = seq_along(y), value = y,
                                linear = approx2(y), seasonal = seasonal_fill(y, period))
}
write_ref(do.call(rbind, ip_rows), "preprocessing_interp.csv")
