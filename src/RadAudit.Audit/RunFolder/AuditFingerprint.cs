using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RadAudit.Audit.Planning;
using RadAudit.Audit.Steps;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Learning.Models.Pretrained;
using RadAudit.Learning.Training;

namespace RadAudit.Audit.RunFolder;

/// <summary>
/// What determines an audit's outputs, as named fields (<c>architecture = densenet-121</c>, <c>data = 57 images …</c>)
/// and their hash: recorded in <c>plan.json</c>, in every job folder (<c>fingerprint.json</c>) and in results.json,
/// so that work made from other inputs is never reused or collected as if it were this command's.
/// </summary>
/// <remarks>
/// A job's fields: the RadAudit version; the checked data (every record's path, label, study, patient, body part,
/// split and view, and its file's content hash, after the data check and skip-bad); the label boxes (their contents,
/// or "detected"); every training option that changes what is computed (architecture, pretrained weights by content,
/// image size, batch, epochs, learning rate and its schedule, clipping, patience, precision), the holdout fraction,
/// augmentation, the saliency sample size and method; and the job's condition and seed. Not included, because they
/// choose how the same computation runs rather than what it computes: loader workers (bit-identical results for any
/// count, tested), libtorch threads, device and memory layout (results equal to float rounding, and the shards of one
/// audit may run on different machines), the data's location (shards mount it where they like) and the output folder.
/// Results add the plan (conditions, seeds) and the evaluation options (bootstrap replicates, gallery size).
/// </remarks>
public sealed class AuditFingerprint
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    // Field → (how a message names it, the setting a message mentions so the command line shows its option).
    private static readonly Dictionary<string, (string Label, string? Setting)> Names = new(StringComparer.Ordinal)
    {
        ["radaudit"] = ("RadAudit version", null),
        ["data"] = ("data", Settings.Data),
        ["boxes"] = ("label boxes", Settings.Boxes),
        ["architecture"] = ("architecture", Settings.Architecture),
        ["pretrained"] = ("pretrained weights", Settings.Pretrained),
        ["image-size"] = ("image size", Settings.ImageSize),
        ["batch-size"] = ("batch size", Settings.BatchSize),
        ["epochs"] = ("epochs", Settings.Epochs),
        ["learning-rate"] = ("learning rate", Settings.LearningRate),
        ["schedule"] = ("learning-rate schedule", null),
        ["gradient-clip"] = ("gradient clipping", Settings.GradientClip),
        ["patience"] = ("early-stopping patience", Settings.Patience),
        ["precision"] = ("precision", Settings.Precision),
        ["holdout-fraction"] = ("holdout fraction", Settings.HoldoutFraction),
        ["augment"] = ("augmentation", null),
        ["saliency-images"] = ("saliency images", Settings.SaliencyImages),
        ["saliency-method"] = ("saliency method", Settings.SaliencyMethod),
        ["condition"] = ("condition", Settings.Conditions),
        ["seed"] = ("seed", Settings.Seeds),
        ["conditions"] = ("conditions", Settings.Conditions),
        ["seeds"] = ("seeds", Settings.Seeds),
        ["bootstrap"] = ("bootstrap replicates", Settings.Bootstrap),
        ["gallery-images"] = ("gallery images", null),
    };

    /// <summary>A fingerprint of <paramref name="fields"/>.</summary>
    public AuditFingerprint(IReadOnlyDictionary<string, string> fields)
    {
        Fields = new SortedDictionary<string, string>(fields.ToDictionary(), StringComparer.Ordinal);
        string canonical = JsonSerializer.Serialize(Fields);
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>The fields, sorted by name.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>SHA-256 (hex) of the fields' canonical JSON.</summary>
    public string Hash { get; }

    /// <summary>What every job of an audit shares: everything but the condition and the seed.</summary>
    public static AuditFingerprint ForJobs(AuditSettings settings, CheckedData data, BoxIndex? givenBoxes)
    {
        TrainingOptions training = settings.Training;
        var invariant = CultureInfo.InvariantCulture;
        return new AuditFingerprint(new Dictionary<string, string>
        {
            ["radaudit"] = RadAuditVersion.Current,
            ["data"] = data.Description,
            ["boxes"] = givenBoxes is null ? $"detected ({new LabelDetectorChoice(settings.Detector, settings.DetectorWeights).Description})" : Describe(givenBoxes),
            ["architecture"] = training.Architecture,
            ["pretrained"] = training.PretrainedPath is string weights ? PretrainedContent(weights) : "none",
            ["image-size"] = training.ImageSize.ToString(invariant),
            ["batch-size"] = training.BatchSize.ToString(invariant),
            ["epochs"] = training.Epochs.ToString(invariant),
            ["learning-rate"] = training.LearningRate.ToString("R", invariant),
            ["schedule"] = string.Create(invariant,
                $"plateau patience {training.PlateauPatience}, factor {training.PlateauFactor:R}, minimum {training.MinimumLearningRate:R}"),
            ["gradient-clip"] = training.GradientClipNorm?.ToString("R", invariant) ?? "none",
            ["patience"] = training.EarlyStoppingPatience.ToString(invariant),
            ["precision"] = training.Precision,
            ["holdout-fraction"] = settings.HoldoutFraction?.ToString("R", invariant) ?? "none (selects on valid)",
            ["augment"] = settings.Augment ? "standard" : "none",
            ["saliency-images"] = settings.SaliencyImages.ToString(invariant),
            ["saliency-method"] = settings.SaliencyMethod,
        });
    }

    /// <summary>One job's fingerprint: the shared fields with its condition and seed.</summary>
    public AuditFingerprint ForJob(AuditJob job) => With(new Dictionary<string, string>
    {
        ["condition"] = job.Condition,
        ["seed"] = job.Seed.ToString(CultureInfo.InvariantCulture),
    });

    /// <summary>The results' fingerprint: the shared fields with the plan and the evaluation options.</summary>
    public AuditFingerprint ForResults(AuditSettings settings, AuditPlan plan) => With(new Dictionary<string, string>
    {
        ["conditions"] = string.Join(",", plan.Conditions),
        ["seeds"] = string.Join(",", plan.Seeds),
        ["bootstrap"] = settings.BootstrapReplicates.ToString(CultureInfo.InvariantCulture),
        ["gallery-images"] = settings.GalleryImages.ToString(CultureInfo.InvariantCulture),
    });

    /// <summary>
    /// What differs from <paramref name="recorded"/>, one entry per field, in the words of a message:
    /// <c>the epochs setting: 1 → 2</c> (the command line shows <c>--epochs: 1 → 2</c>). Empty when they are equal.
    /// </summary>
    public IReadOnlyList<string> ChangesFrom(AuditFingerprint recorded)
    {
        var changes = new List<string>();
        foreach (string field in recorded.Fields.Keys.Union(Fields.Keys).Order(StringComparer.Ordinal))
        {
            string? before = recorded.Fields.GetValueOrDefault(field), now = Fields.GetValueOrDefault(field);
            if (before != now) changes.Add($"{Label(field)}: {before ?? "(not recorded)"} → {now ?? "(none)"}");
        }
        return changes;
    }

    /// <summary>The fingerprint as a small JSON document: <c>{"fingerprint": hash, "inputs": {fields}}</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(new Document(Hash, Fields), Json) + "\n";

    /// <summary>Writes <see cref="ToJson"/> to <paramref name="path"/> atomically.</summary>
    public void Write(string path) => AtomicFile.WriteText(path, ToJson());

    /// <summary>The fingerprint recorded in <paramref name="path"/>; null when there is none (or it cannot be read,
    /// which counts as none: the work it describes cannot be trusted).</summary>
    public static AuditFingerprint? Read(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<Document>(File.ReadAllText(path)) is { Inputs: not null } document
                ? new AuditFingerprint(document.Inputs) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private AuditFingerprint With(Dictionary<string, string> extra)
    {
        var fields = Fields.ToDictionary(StringComparer.Ordinal);
        foreach (var (name, value) in extra) fields[name] = value;
        return new AuditFingerprint(fields);
    }

    private static string Label(string field) =>
        Names.TryGetValue(field, out var name) ? name.Setting is string setting ? Settings.Mention(setting) : name.Label : field;

    // Box contents in a fixed order, so the same boxes from a CSV or a COCO file give the same fingerprint.
    private static string Describe(BoxIndex boxes)
    {
        var lines = boxes.Paths.SelectMany(boxes.For)
            .Select(box => string.Create(CultureInfo.InvariantCulture,
                $"{box.Path}\t{box.X}\t{box.Y}\t{box.Width}\t{box.Height}\t{box.Kind}\t{box.Score?.ToString("R", CultureInfo.InvariantCulture)}"))
            .Order(StringComparer.Ordinal);
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines))));
        return $"{boxes.Count} boxes on {boxes.Paths.Count} images, content {hash[..16]}";
    }

    // Built-in weights (the demo's start) by name and by the content of the file shipped for it: another build of them
    // is another start.
    private static string PretrainedContent(string weights) =>
        BuiltInWeights.IsBuiltIn(weights) ? $"{weights} ({FileContent(BuiltInWeights.Resolve(weights))})" : FileContent(weights);

    private static string FileContent(string path)
    {
        if (!File.Exists(path)) return $"{Path.GetFileName(path)} (missing)";
        using FileStream stream = File.OpenRead(path);
        return $"{Path.GetFileName(path)}, content {Convert.ToHexStringLower(SHA256.HashData(stream))[..16]}";
    }

    private sealed record Document(
        [property: System.Text.Json.Serialization.JsonPropertyName("fingerprint")] string Fingerprint,
        [property: System.Text.Json.Serialization.JsonPropertyName("inputs")] IReadOnlyDictionary<string, string>? Inputs);
}
