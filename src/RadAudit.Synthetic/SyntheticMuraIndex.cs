using System.Globalization;
using System.Text;
using System.Text.Json;
using RadAudit.Core;
using RadAudit.Synthetic.Markers;
using RadAudit.Synthetic.Planning;

namespace RadAudit.Synthetic;

/// <summary>
/// The text files of a synthetic data set: MURA's headerless CSVs (<c>{split}_image_paths.csv</c>,
/// <c>{split}_labeled_studies.csv</c> with trailing-slash study paths), markers.csv and synth.json.
/// </summary>
public static class SyntheticMuraIndex
{
    /// <summary>Version of the generator's model; bumped whenever the same seed would draw different images.</summary>
    public const string GeneratorVersion = "1.2";

    /// <summary>The top-level entries the generator owns in its output folder.</summary>
    public static IReadOnlyList<string> OutputEntries { get; } = ["MURA-v1.1", "markers.csv", "synth.json"];

    /// <summary>Header of markers.csv.</summary>
    public const string MarkersHeader = "path,x,y,width,height,kind";

    /// <summary>Writes the CSV files under <paramref name="root"/>.</summary>
    public static void WriteCsvFiles(string root, IReadOnlyList<ImagePlan> plans, IReadOnlyList<MarkerElement>[] markers)
    {
        foreach (string split in new[] { Splits.Train, Splits.Valid })
        {
            var images = plans.Where(p => p.Split == split).ToList();
            Write(Path.Combine(root, "MURA-v1.1", $"{split}_image_paths.csv"), images.Select(p => p.Path));
            var studies = images.DistinctBy(p => p.Study).Select(p => $"{p.Study},{p.Label}");
            Write(Path.Combine(root, "MURA-v1.1", $"{split}_labeled_studies.csv"), studies);
        }
        var rows = new List<string> { MarkersHeader };
        foreach (ImagePlan plan in plans)
            foreach (MarkerElement element in markers[plan.Index])
            {
                var b = element.Bounds;
                rows.Add(string.Create(CultureInfo.InvariantCulture, $"{plan.Path},{b.Left},{b.Top},{b.Right - b.Left},{b.Bottom - b.Top},{element.Kind}"));
            }
        Write(Path.Combine(root, "markers.csv"), rows);
    }

    /// <summary>Per-split counts.</summary>
    public static IReadOnlyDictionary<string, SplitCounts> Count(IReadOnlyList<ImagePlan> plans, SynthesisOptions options)
    {
        var counts = new Dictionary<string, SplitCounts>(StringComparer.Ordinal);
        foreach (var (split, strength) in new[] { (Splits.Train, options.Confounding), (Splits.Valid, options.EffectiveValidConfounding) })
        {
            var images = plans.Where(p => p.Split == split).ToList();
            var studies = images.DistinctBy(p => p.Study).ToList();
            counts[split] = new SplitCounts(images.Select(p => p.Patient).Distinct().Count(), studies.Count, studies.Count(s => s.Label == 1),
                images.Count, strength, ConfoundingModel.LabelsOnlyAreaUnderCurve(strength));
        }
        return counts;
    }

    /// <summary>Writes synth.json: options, seed, version, counts and the technologist roster.</summary>
    public static void WriteManifest(string root, SynthesisOptions options, IReadOnlyList<TechnologistStyle> roster, SynthesisSummary summary)
    {
        var manifest = new
        {
            generator = "RadAudit.Synthetic",
            generatorVersion = GeneratorVersion,
            seed = options.Seed,
            options = new
            {
                options.TrainStudies,
                options.ValidStudies,
                options.Confounding,
                ValidConfounding = options.EffectiveValidConfounding,
                options.Difficulty,
                options.MaxSize,
                options.BodyParts,
                options.RgbFraction,
                options.AbnormalPrevalence,
                options.DrawMarkers,
            },
            confoundingModel = "P(abnormal-leaning technologist | y) = (1 + (2y - 1) R) / 2; labels-only AUC = (1 + |R|) / 2 (docs/synthetic-data.md)",
            difficultyModel = $"conspicuity = 2 (1 - D); finding visible per image with p = {DifficultyModel.VisibleProbability}; normal mimics p = {DifficultyModel.MimicProbability}",
            markerBoxes = summary.MarkerBoxes,
            splits = summary.Splits,
            technologists = roster,
        };
        var json = JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
        File.WriteAllText(Path.Combine(root, "synth.json"), json.ReplaceLineEndings("\n") + "\n", new UTF8Encoding(false));
    }

    private static void Write(string path, IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (string line in lines) text.Append(line).Append('\n');
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }
}
