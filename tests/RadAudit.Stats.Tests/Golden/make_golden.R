#!/usr/bin/env Rscript
# Golden values for RadAudit.Stats from pROC (Debian r-cran-proc 1.18).
# Run from this folder: Rscript make_golden.R
# Writes cases/<name>.csv (label,score_a,score_b; scores printed with 17 significant digits so C# reads the
# exact same doubles) and proc_expected.csv (one row per case). Direction is fixed to controls < cases, as in
# RadAudit (higher score = abnormal); pROC's default "auto" direction would flip inverted classifiers.
suppressPackageStartupMessages(library(pROC))
stopifnot(packageVersion("pROC") >= "1.18.0")
set.seed(20211)
dir.create("cases", showWarnings = FALSE)

simulate <- function(n, prevalence, separation, correlation, digits = NA) {
  label <- rbinom(n, 1, prevalence)
  label[1] <- 1; label[2] <- 0  # both classes always present
  shared <- rnorm(n)
  a <- plogis(separation * label + shared + rnorm(n, sd = 0.5))
  b <- plogis(separation * 1.1 * label + correlation * shared + rnorm(n, sd = 0.5))
  if (!is.na(digits)) { a <- round(a, digits); b <- round(b, digits) }
  data.frame(label = label, score_a = a, score_b = b)
}

cases <- list(
  n10_p50 = simulate(10, 0.5, 0.4, 0.3),
  n10_ties = simulate(10, 0.4, 1.0, 0.8, digits = 1),
  n50_p20 = simulate(50, 0.2, 1.2, 0.7),
  n200_p05 = simulate(200, 0.05, 1.5, 0.9),
  n200_ties = simulate(200, 0.3, 0.8, 0.6, digits = 1),
  n1000_p60 = simulate(1000, 0.6, 0.7, 0.8),
  n1000_ties2 = simulate(1000, 0.4, 1.0, 0.8, digits = 2),
  n3000_p05 = simulate(3000, 0.05, 1.0, 0.9),
  n10000_p40 = simulate(10000, 0.4, 0.9, 0.95),
  n10000_ties = simulate(10000, 0.15, 0.5, 0.7, digits = 1),
  all_equal = data.frame(label = rep(c(1, 0), 10), score_a = 0.5, score_b = rep(c(0.7, 0.2), 10)),
  perfect = data.frame(label = rep(c(1, 0), each = 8), score_a = c(seq(0.6, 0.95, length.out = 8), seq(0.05, 0.4, length.out = 8)),
                       score_b = c(seq(0.55, 0.9, length.out = 8), seq(0.1, 0.7, length.out = 8))),
  both_perfect = data.frame(label = rep(c(1, 0), each = 5), score_a = c(6:10, 1:5) / 10, score_b = c(16:20, 11:15) / 20)
)
identical_case <- simulate(300, 0.3, 1.0, 0.8)
identical_case$score_b <- identical_case$score_a
cases$identical <- identical_case
inverted <- simulate(100, 0.5, 1.0, 0.5)
inverted$score_a <- 1 - inverted$score_a  # AUC below 0.5 must stay below 0.5
cases$inverted <- inverted

fmt <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
rows <- list()
for (name in names(cases)) {
  d <- cases[[name]]
  write.csv(data.frame(label = d$label, score_a = fmt(d$score_a), score_b = fmt(d$score_b)),
            file.path("cases", paste0(name, ".csv")), row.names = FALSE, quote = FALSE)
  ra <- roc(d$label, d$score_a, levels = c(0, 1), direction = "<", quiet = TRUE)
  rb <- roc(d$label, d$score_b, levels = c(0, 1), direction = "<", quiet = TRUE)
  ca <- suppressWarnings(ci.auc(ra, method = "delong"))
  cb <- suppressWarnings(ci.auc(rb, method = "delong"))
  t <- suppressWarnings(roc.test(ra, rb, method = "delong", paired = TRUE))
  rows[[name]] <- data.frame(
    case = name, n = nrow(d), positives = sum(d$label),
    auc_a = fmt(as.numeric(auc(ra))), auc_b = fmt(as.numeric(auc(rb))),
    ci_a_lower = fmt(ca[1]), ci_a_upper = fmt(ca[3]), ci_b_lower = fmt(cb[1]), ci_b_upper = fmt(cb[3]),
    var_a = fmt(var(ra, method = "delong")),
    z = fmt(unname(t$statistic)), p = fmt(t$p.value),
    diff_lower = fmt(t$conf.int[1]), diff_upper = fmt(t$conf.int[2]))
}
write.csv(do.call(rbind, rows), "proc_expected.csv", row.names = FALSE, quote = FALSE)
cat("wrote", length(rows), "cases with pROC", as.character(packageVersion("pROC")), "\n")
