# SPDX-License-Identifier: MIT
# The "dashboard query set" (Q1-Q6) in R data.table, on the same contract CSV files that
# StreamLens reads, so the two can be timed on one machine and their KPI values compared.
# KPI definitions are the contract's (/work/shared/data-contract.md, "Metric definitions").
#
#   Rscript dashboard_datatable.R DIR [--threads 2] [--runs 5] [--json OUT.json]
#
# Prints the load time, the median of --runs timed runs per query after one warm-up run, and
# the KPI values; --json also writes the values, shaped like `streamlens kpis --json`.

suppressPackageStartupMessages(library(data.table))

args <- commandArgs(trailingOnly = TRUE)
usage <- "usage: Rscript dashboard_datatable.R DIR [--threads N] [--runs N] [--json OUT.json]"
if (length(args) < 1L || startsWith(args[1L], "--")) stop(usage, call. = FALSE)
dir <- args[1L]
option <- function(name, default) {
    i <- match(name, args)
    if (is.na(i)) return(default)
    if (i == length(args)) stop(usage, call. = FALSE)
    args[i + 1L]
}
threads <- as.integer(option("--threads", "2"))
runs <- as.integer(option("--runs", "5"))
json_out <- option("--json", NA_character_)
if (is.na(threads) || threads < 1L || is.na(runs) || runs < 1L) stop(usage, call. = FALSE)
setDTthreads(threads)

DAY_MS <- 86400000

# Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
days_from_civil <- function(y, m, d) {
    y <- y - (m <= 2L)
    era <- (y - (y < 0L) * 399L) %/% 400L
    yoe <- y - era * 400L
    doy <- (153L * (m + ifelse(m > 2L, -3L, 9L)) + 2L) %/% 5L + d - 1L
    doe <- yoe * 365L + yoe %/% 4L - yoe %/% 100L + doy
    era * 146097L + doe - 719468L
}

# ISO-8601 as the contract accepts it (T or space, optional .fraction, Z / offset) → UTC ms.
parse_ts <- function(x) {
    days <- days_from_civil(as.integer(substr(x, 1L, 4L)), as.integer(substr(x, 6L, 7L)),
                            as.integer(substr(x, 9L, 10L)))
    secs <- as.integer(substr(x, 12L, 13L)) * 3600L + as.integer(substr(x, 15L, 16L)) * 60L +
        as.integer(substr(x, 18L, 19L))
    rest <- substring(x, 20L)
    has_frac <- startsWith(rest, ".")
    frac <- ifelse(has_frac, sub("^\\.([0-9]*).*$", "\\1", rest, perl = TRUE), "")
    ms <- as.integer(substr(paste0(frac, "000"), 1L, 3L))
    zone <- ifelse(has_frac, sub("^\\.[0-9]*", "", rest, perl = TRUE), rest)
    digits <- gsub(":", "", substring(zone, 2L), fixed = TRUE)
    offset_min <- ifelse(zone == "Z" | zone == "", 0L,
                         ifelse(startsWith(zone, "-"), -1L, 1L) *
                             (as.integer(substr(digits, 1L, 2L)) * 60L +
                                  as.integer(substr(digits, 3L, 4L))))
    out <- days * DAY_MS + secs * 1000 + ms - offset_min * 60000
    if (anyNA(out)) stop("unparseable timestamp: ", x[which(is.na(out))[1L]], call. = FALSE)
    out
}

parse_bool <- function(x) {
    x <- tolower(x)
    out <- ifelse(x %chin% c("true", "1", "yes", "t"), TRUE,
                  ifelse(x %chin% c("false", "0", "no", "f"), FALSE, NA))
    if (anyNA(out)) stop("bad boolean: ", x[which(is.na(out))[1L]], call. = FALSE)
    out
}

bool_cols <- c("start_failure", "exit_before_start", "playback_failure", "completed")

load_start <- proc.time()[["elapsed"]]
users <- fread(file.path(dir, "users.csv"), select = c("user_id", "churned"),
               colClasses = list(character = c("user_id", "churned")), encoding = "UTF-8")
users[, churned := parse_bool(churned)]
s <- fread(file.path(dir, "sessions.csv"), encoding = "UTF-8",
           select = c("user_id", "start_ts", "device_type", "cdn", "country", "stream_type",
                      "startup_time_ms", "playing_time_s", "rebuffer_count", "rebuffer_time_ms",
                      "avg_bitrate_kbps", bool_cols),
           colClasses = list(character = c("user_id", "start_ts", bool_cols),
                             numeric = c("playing_time_s", "avg_bitrate_kbps")))
s[, (bool_cols) := lapply(.SD, parse_bool), .SDcols = bool_cols]
s[, `:=`(start_ms = parse_ts(start_ts), start_ts = NULL,
         started = !is.na(startup_time_ms),
         # Contract decimals carry at most 3 decimals: integer milliseconds are exact.
         playing_ms = round(playing_time_s * 1000), playing_time_s = NULL,
         vod = stream_type == "vod",
         uidx = match(user_id, users$user_id), user_id = NULL)]
if (anyNA(s$uidx)) stop("sessions reference unknown users", call. = FALSE)
s[, `:=`(churned = users$churned[uidx], day = as.IDate(start_ms %/% DAY_MS))]
load_seconds <- proc.time()[["elapsed"]] - load_start

ratio <- function(num, den) if (den == 0) NA_real_ else num / den

# All KPIs of one set of sessions, as the contract defines them; NA where the denominator is
# empty. all_users: churn over every user (unfiltered) instead of the set's distinct users.
kpis <- function(started, startup_time_ms, playing_ms, rebuffer_count, rebuffer_time_ms,
                 avg_bitrate_kbps, start_failure, exit_before_start, playback_failure,
                 completed, vod, uidx, churned, all_users = FALSE) {
    n <- length(started)
    st <- startup_time_ms[started]
    pt <- playing_ms[started]
    rt <- rebuffer_time_ms[started]
    rc <- rebuffer_count[started]
    n_started <- length(st)
    q <- if (n_started) quantile(st, c(0.5, 0.95), type = 7, names = FALSE) else c(NA_real_, NA_real_)
    r <- ifelse(pt + rt == 0, 0, rt / (pt + rt))
    churn <- if (all_users) ratio(sum(users$churned), nrow(users)) else {
        first <- !duplicated(uidx)
        ratio(sum(churned[first]), sum(first))
    }
    list(attempts = n, started = n_started,
         vsf_rate = ratio(sum(start_failure), n),
         ebvs_rate = ratio(sum(exit_before_start), n),
         playback_failure_rate = ratio(sum(playback_failure[started]), n_started),
         startup_time_ms_median = q[1L], startup_time_ms_p95 = q[2L],
         rebuffer_ratio = if (n_started) ratio(sum(rt), sum(pt) + sum(rt)) else NA_real_,
         rebuffer_frequency_per_min = if (n_started) ratio(sum(rc), sum(pt) / 60000) else NA_real_,
         sessions_with_rebuffer_rate = ratio(sum(rc > 0), n_started),
         avg_bitrate_kbps = if (n_started) ratio(sum(avg_bitrate_kbps[started] * pt), sum(pt)) else NA_real_,
         completion_rate = ratio(sum(completed[started & vod]), sum(started & vod)),
         playing_hours = sum(playing_ms) / 3.6e6,
         startup_score = if (n_started) mean(800000 / (8000 + st)) else NA_real_,
         smoothness_score = if (n_started) mean((100 / sqrt(1 + (rc / 2)^2) + 100 * exp(-10 * r)) / 2) else NA_real_,
         churn_rate = churn)
}

kpi_call <- quote(kpis(started, startup_time_ms, playing_ms, rebuffer_count, rebuffer_time_ms,
                       avg_bitrate_kbps, start_failure, exit_before_start, playback_failure,
                       completed, vod, uidx, churned))
kpi_call_all_users <- kpi_call
kpi_call_all_users$all_users <- TRUE

first_day <- min(s$start_ms) %/% DAY_MS * DAY_MS
q2_from <- first_day
q2_to <- first_day + 14 * DAY_MS

queries <- list(
    Q1 = function() s[, eval(kpi_call_all_users)],
    Q2 = function() s[stream_type == "vod" & device_type %chin% c("smart_tv", "mobile") &
                          start_ms >= q2_from & start_ms < q2_to, eval(kpi_call)],
    Q3 = function() s[, eval(kpi_call), keyby = cdn],
    Q4 = function() s[, eval(kpi_call), keyby = device_type],
    Q5 = function() s[, eval(kpi_call), keyby = country],
    Q6 = function() s[, {
        pt <- playing_ms[started]
        rt <- rebuffer_time_ms[started]
        st <- startup_time_ms[started]
        list(attempts = .N,
             rebuffer_ratio = if (length(st)) ratio(sum(rt), sum(pt) + sum(rt)) else NA_real_,
             vsf_rate = sum(start_failure) / .N,
             startup_time_ms_median = if (length(st)) quantile(st, 0.5, type = 7, names = FALSE) else NA_real_)
    }, keyby = day]
)

loadavg_before <- tryCatch(readLines("/proc/loadavg", n = 1L, warn = FALSE), error = function(e) "n/a")
timings <- numeric(0)
results <- list()
for (name in names(queries)) {
    results[[name]] <- queries[[name]]()  # warm-up
    times <- vapply(seq_len(runs), function(i) {
        t0 <- proc.time()[["elapsed"]]
        results[[name]] <<- queries[[name]]()
        proc.time()[["elapsed"]] - t0
    }, numeric(1))
    timings[[name]] <- median(times)
}

# OpenMP threads spin while they wait: on a busy machine 2 threads can be 10x slower than 1,
# so the load average is printed with the figures.
cat(sprintf("load average before the queries: %s\n", loadavg_before))
cat(sprintf("data.table %s, %d thread(s), %s sessions, %s users\n",
            as.character(packageVersion("data.table")), getDTthreads(),
            format(nrow(s), big.mark = ","), format(nrow(users), big.mark = ",")))
cat(sprintf("load (users.csv + sessions.csv, parse, derive): %.3f s\n", load_seconds))
for (name in names(timings))
    cat(sprintf("%s median of %d: %8.1f ms\n", name, runs, 1000 * timings[[name]]))
cat(sprintf("Q1-Q6 total: %.1f ms\n", 1000 * sum(timings)))
cat(sprintf("Q2 window: [%s, %s) UTC\n", format(as.IDate(q2_from / DAY_MS)), format(as.IDate(q2_to / DAY_MS))))
options(width = 200, datatable.print.nrows = 200)
for (name in names(results)) {
    cat("\n", name, "\n", sep = "")
    print(as.data.table(results[[name]]), digits = 15)
}

# JSON in the shape of `streamlens kpis --json`: {"all": {...}} or {"by": d, "groups": {...}}.
json_number <- function(v) if (is.na(v)) "null" else if (is.integer(v)) as.character(v) else sprintf("%.17g", v)
json_object <- function(row) {
    paste0("{", paste(sprintf("\"%s\": %s", names(row), vapply(row, json_number, "")), collapse = ", "), "}")
}
json_result <- function(res, by = NULL) {
    if (is.null(by)) return(sprintf("{\"all\": %s}", json_object(as.list(res))))
    keys <- as.character(res[[by]])
    rows <- vapply(seq_len(nrow(res)), function(i) json_object(as.list(res[i, !by, with = FALSE])), "")
    sprintf("{\"by\": \"%s\", \"groups\": {%s}}", by, paste(sprintf("\"%s\": %s", keys, rows), collapse = ", "))
}
if (!is.na(json_out)) {
    parts <- c(sprintf("\"Q1\": %s", json_result(results$Q1)),
               sprintf("\"Q2\": %s", json_result(results$Q2)),
               sprintf("\"Q3\": %s", json_result(results$Q3, "cdn")),
               sprintf("\"Q4\": %s", json_result(results$Q4, "device_type")),
               sprintf("\"Q5\": %s", json_result(results$Q5, "country")),
               sprintf("\"Q6\": %s", json_result(results$Q6, "day")),
               sprintf("\"q2_from\": \"%s\", \"q2_to_inclusive\": \"%s\"",
                       format(as.IDate(q2_from / DAY_MS)), format(as.IDate(q2_to / DAY_MS) - 1L)),
               sprintf("\"seconds\": {\"load\": %.6f, %s}", load_seconds,
                       paste(sprintf("\"%s\": %.6f", names(timings), timings), collapse = ", ")))
    writeLines(paste0("{", paste(parts, collapse = ",\n "), "}"), json_out)
}
