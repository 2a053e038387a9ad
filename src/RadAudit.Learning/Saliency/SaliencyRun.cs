using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Loading;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Imaging.Overlay;
using RadAudit.Learning.Models;
using RadAudit.Learning.Training;
using RadAudit.Stats.Attention;
using static TorchSharp.torch;

namespace RadAudit.Learning.Saliency;

/// <summary>
/// Explains every image of a data set: heatmaps mapped back to the original images, label-attention measures
/// against the label boxes, overlays, <c>saliency.csv</c> and <c>summary.json</c> in the output folder.
/// </summary>
/// <remarks>
/// Images go through the same loader settings as prediction (<see cref="ConditionData.Loader"/>: no shuffle, no
/// augmentation, the run's image size, letterbox and normalisation), so the model sees them as in evaluation. Every image gets a CSV row;
/// images without boxes or without attention are counted in the summary rather than dropped.
/// </remarks>
/// <param name="model">The model to explain.</param>
/// <param name="device">Where it runs.</param>
/// <param name="options">Method, condition, loading.</param>
/// <param name="boxes">The label boxes: masking (for conditions that need them) and the attention measures; may be
/// <see cref="BoxIndex.Empty"/> when no labels are known.</param>
public sealed class SaliencyRun(IFeatureClassifier model, Device device, SaliencyRunOptions options, BoxIndex boxes)
{
    private readonly SaliencyOverlay _overlay = new();
    private readonly Func<ImageRecord, GrayImage, GrayImage>? _preprocess =
        ConditionData.MaskingHook(options.Condition, boxes, options.Training.Seed);

    /// <summary>Runs over <paramref name="data"/>, writing its files to <paramref name="outputFolder"/>.</summary>
    public SaliencyRunResult Run(ImageDataSet data, string outputFolder, IReadOnlyDictionary<string, string> context,
        IProgress<ProgressReport>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        Directory.CreateDirectory(outputFolder);
        SaliencyMethod method = SaliencyMethods.Create(options.Method, model, options.Training.ImageSize);
        LoaderOptions loading = ConditionData.Loader(options.Training, ClassWeights.Uniform, _preprocess,
            options.Workers, training: false, augment: false) with
        { BatchSize = options.BatchSize };
        var loader = new ImageBatchLoader(data, loading);
        var accumulator = new LabelAttentionAccumulator();
        var rows = new List<AttentionRow>(data.Records.Count);
        int overlays = 0;
        foreach (ImageBatch batch in loader.Epoch(0, cancellation))
        {
            foreach (ImageSaliency image in BatchExplainer.Explain(method, batch, options.Target, device))
            {
                IReadOnlyList<LabelBox> imageBoxes = boxes.For(image.Record.Path);
                var map = new AttentionMap(image.Map.Pixels, image.Map.Width, image.Map.Height);
                LabelAttentionMeasures measures = LabelAttention.Measure(map, imageBoxes, options.Margin);
                accumulator.Add(measures, image.Record.Label);
                rows.Add(new AttentionRow(image.Record.Path, image.Record.Label, image.Probability, imageBoxes.Count, measures));
                if (options.WriteOverlays) overlays += WriteOverlay(data, image, imageBoxes, outputFolder);
            }
            progress?.Report(new ProgressReport("saliency", rows.Count, data.Records.Count));
        }
        string csv = Path.Combine(outputFolder, "saliency.csv"), json = Path.Combine(outputFolder, "summary.json");
        AttentionReportWriter.WriteCsv(csv, rows);
        LabelAttentionSummary summary = accumulator.Summarize();
        var fullContext = new Dictionary<string, string>(context)
        {
            ["method"] = method.Name,
            ["variant"] = options.Condition.Name,
            ["target"] = options.Target.ToString().ToLowerInvariant(),
            ["margin_px"] = options.Margin.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["image_size"] = options.Training.ImageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        AttentionReportWriter.WriteJson(json, summary, fullContext);
        return new SaliencyRunResult(summary, csv, json, overlays);
    }

    /// <summary>Draws the overlay on the decoded original image; the output mirrors the data set's relative path.</summary>
    private int WriteOverlay(ImageDataSet data, ImageSaliency image, IReadOnlyList<LabelBox> boxes, string outputFolder)
    {
        GrayImage decoded = ImageCodec.Decode(data.ResolvePath(image.Record));
        GrayImage original = _preprocess?.Invoke(image.Record, decoded) ?? decoded;
        if (original.Width != image.Map.Width || original.Height != image.Map.Height)
            throw new RadAuditException(
                $"{image.Record.Path}: decoded as {original.Width}×{original.Height} but loaded as {image.Map.Width}×{image.Map.Height}; " +
                "the file changed during the run. Rerun radaudit saliency.");
        string overlaysRoot = Path.GetFullPath(Path.Combine(outputFolder, "overlays"));
        string target = Path.GetFullPath(Path.Combine(overlaysRoot, Path.ChangeExtension(image.Record.Path, ".png")));
        if (!target.StartsWith(overlaysRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new RadAuditException($"{image.Record.Path}: the image path leaves the data folder; fix the manifest.");
        AtomicFile.WriteBytes(target, RgbPngCodec.Encode(_overlay.Render(original, image.Map, boxes)));
        return 1;
    }
}
