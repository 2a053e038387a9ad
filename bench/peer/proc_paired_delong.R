#!/usr/bin/env Rscript
# Peer timing for RadAudit's paired DeLong benchmark (bench/RadAudit.Benchmarks/StatsPairedDeLongBenchmark.cs).
# Usage: Rscript bench/peer/proc_paired_delong.R [n] [csv]
#   Writes the data set (label,score_a,score_b; seed 2021) to csv (default $TMPDIR/radaudit-bench/paired_<n>.csv)
#   if it does not exist yet, so the C# benchmark reads exactly the same numbers, then times pROC 1.18:
#   (1) building both ROC curves, (2) roc.test(paired = TRUE, method = "delong") on them, (3) both together.
suppressPackageStartupMessages(library(pROC))
args <- commandArgs(trailingOnly = TRUE)
n <- if (length(args) >= 1) as.integer(args[1]) else 1000000L
folder <- file.path(Sys.getenv("TMPDIR", "/tmp"), "radaudit-bench")
csv <- if (length(args) >= 2) args[2] else file.path(folder, sprintf("paired_%d.csv", n))
if (!file.exists(csv)) {
  dir.create(dirname(csv), showWarnings = FALSE, recursive = TRUE)
  set.seed(2021)
  label <- rbinom(n, 1, 0.4)
  shared <- rnorm(n)
  a <- plogis(0.9 * label + shared + rnorm(n, sd = 0.5))
  b <- plogis(1.0 * label + 0.9 * shared + rnorm(n, sd = 0.5))
  write.csv(data.frame(label = label, score_a = sprintf("%.17g", a), score_b = sprintf("%.17g", b)),
            csv, row.names = FALSE, quote = FALSE)
}
d <- read.csv(csv)
repeats <- 3
# Best wall-clock and best CPU (user + system) seconds over the repeats; CPU time is robust on a shared machine.
best <- function(run) {
  times <- sapply(seq_len(repeats), function(i) { t <- system.time(run()); c(t[["elapsed"]], t[["user.self"]] + t[["sys.self"]]) })
  c(wall = min(times[1, ]), cpu = min(times[2, ]))
}
build <- function() list(
  a = roc(d$label, d$score_a, levels = c(0, 1), direction = "<", quiet = TRUE),
  b = roc(d$label, d$score_b, levels = c(0, 1), direction = "<", quiet = TRUE))
curves <- build()
t_roc <- best(build)
t_test <- best(function() roc.test(curves$a, curves$b, method = "delong", paired = TRUE))
t_all <- best(function() { fresh <- build(); roc.test(fresh$a, fresh$b, method = "delong", paired = TRUE) })
test <- roc.test(curves$a, curves$b, method = "delong", paired = TRUE)
ra <- curves$a; rb <- curves$b
cat(sprintf("pROC %s, R %s, n = %d (%d cases), best of %d\n", packageVersion("pROC"), getRversion(), nrow(d), sum(d$label), repeats))
show <- function(what, t) cat(sprintf("%-26s wall %.3f s, cpu %.3f s\n", what, t[["wall"]], t[["cpu"]]))
show("roc() x2:", t_roc)
show("roc.test(paired delong):", t_test)
show("both:", t_all)
cat(sprintf("z = %.15g, p = %.15g, auc_a = %.15g, auc_b = %.15g\n", test$statistic, test$p.value, auc(ra), auc(rb)))
