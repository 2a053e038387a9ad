using System.CommandLine;
using RadAudit.Core;
using RadAudit.Stats.Evaluation;

namespace RadAudit.Cli.Verbs.Evaluation;

/// <summary>The options `evaluate` and `compare` share: level, aggregation, threshold, bootstrap, seed and --json.</summary>
public sealed class EvaluationVerbOptions
{
    private readonly Option<string> level = new Option<string>("--level")
    {
        Description = "Unit of evaluation: image, or study (image scores aggregated per study).",
        DefaultValueFactory = _ => "image",
    }.AcceptOnlyFromAmong("image", "study");

    private readonly Option<string> aggregation = new Option<string>("--aggregation")
    {
        Description = "Study score at --level study: mean of its images (MURA's rule) or max.",
        DefaultValueFactory = _ => "mean",
    }.AcceptOnlyFromAmong("mean", "max");

    private readonly Option<double> threshold = new("--threshold")
    {
        Description = "Decision threshold for kappa, sensitivity, specificity: score >= threshold is abnormal.",
        DefaultValueFactory = _ => 0.5,
    };

    private readonly Option<int> bootstrap = new("--bootstrap")
    {
        Description = "Stratified bootstrap replicates for the percentile CI (0 = skip).",
        DefaultValueFactory = _ => 2000,
    };

    private readonly Option<int> seed = new("--seed")
    {
        Description = "Seed of the bootstrap resampling.",
        DefaultValueFactory = _ => 2021,
    };

    private readonly Option<FileInfo?> json = new("--json")
    {
        Description = "Also write the result as JSON to this file.",
    };

    /// <summary>Adds every shared option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { level, aggregation, threshold, bootstrap, seed, json })
            command.Options.Add(option);
    }

    /// <summary>The library options the user asked for.</summary>
    /// <exception cref="RadAuditException">The threshold or replicate count is out of range (exit code 2).</exception>
    public EvaluationOptions Read(ParseResult parse)
    {
        double chosenThreshold = parse.GetValue(threshold);
        if (chosenThreshold is < 0 or > 1 || double.IsNaN(chosenThreshold))
            throw new RadAuditException($"--threshold {chosenThreshold} is outside [0, 1]; scores are probabilities.", CommandLineApp.Usage);
        int replicates = parse.GetValue(bootstrap);
        if (replicates < 0)
            throw new RadAuditException($"--bootstrap {replicates} is negative; use 0 to skip or e.g. 2000.", CommandLineApp.Usage);
        return new EvaluationOptions
        {
            Level = parse.GetValue(level) == "study" ? EvaluationLevel.Study : EvaluationLevel.Image,
            Aggregation = parse.GetValue(aggregation) == "max" ? StudyAggregation.Max : StudyAggregation.Mean,
            Threshold = chosenThreshold,
            BootstrapReplicates = replicates,
            Seed = parse.GetValue(seed),
        };
    }

    /// <summary>The --json path, or null.</summary>
    public FileInfo? JsonPath(ParseResult parse) => parse.GetValue(json);
}
