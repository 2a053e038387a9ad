using RadAudit.Audit.ModelProbes;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Learning.Saliency;
using RadAudit.Learning.Scoring;
using RadAudit.Learning.Training;
using RadAudit.Reporting.Results.Probes;
using RadAudit.Testing;

namespace RadAudit.Audit.Tests.ModelProbes;

/// <summary>
/// Two known answers, trained once for the class (about two minutes on 2 cores), densenet-small trained on the original
/// images and probed on the valid split of synthetic data whose anatomy carries nothing (difficulty 1: an abnormal
/// image equals its normal twin):
/// <list type="bullet">
/// <item><see cref="Shortcut"/>: confounding 1, the labels decide the class; the model can only learn them.</item>
/// <item><see cref="Clean"/>: confounding 0, the labels say nothing; a bright disc is planted in the middle of every
/// abnormal image (away from the labels at the margins), so the model learns a real, label-free signal and is
/// confident. (Without it the model learns nothing — valid AUC about 0.5, every probability near 0.5 — and any edit
/// flips its decisions: 18% for the swap, docs/model-audit.md. A working model that ignores the labels is the answer
/// to check.)</item>
/// </list>
/// </summary>
public sealed class ProbedModels : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public ProbedModels()
    {
        Shortcut = Probe("confounding-1", confounding: 1.0, plantFinding: false);
        Clean = Probe("confounding-0", confounding: 0.0, plantFinding: true);
    }

    /// <summary>The model trained where the labels decide the class.</summary>
    public Probed Shortcut { get; }

    /// <summary>The model trained where the labels carry nothing.</summary>
    public Probed Clean { get; }

    /// <summary>A probed model: its valid AUC from training and what the probes found.</summary>
    public sealed record Probed(double TrainedValidAuc, ModelProbeResults Results, string Log);

    private Probed Probe(string name, double confounding, bool plantFinding)
    {
        string root = SyntheticDataSets.CreateMura(_folder, SyntheticDataSets.Tiny(seed: 11) with
        {
            TrainStudies = 120,
            ValidStudies = 48,
            MaxSize = 128,
            Confounding = confounding,
            Difficulty = 1.0,
        }, name).Root;
        ImageDataSet data = DataSetOpener.Open(root);
        if (plantFinding) PlantDisc(data);
        BoxIndex boxes = BoxFiles.ReadIndex(Path.Combine(root, "markers.csv"));
        string run = Path.Combine(_folder.Path, name + "-run");
        TrainingResult trained = ConditionTrainer.Train(new ConditionRequest
        {
            Data = data,
            Condition = Condition.Original,
            Boxes = boxes,
            Augment = false,
            Workers = 0,
            Training = new TrainingOptions
            {
                Architecture = "densenet-small",
                ImageSize = 128,
                Epochs = 5,
                BatchSize = 16,
                LearningRate = 3e-3,
                Seed = 3,
                Device = "cpu",
            },
        }, run);
        using TorchScoringModel model = TorchModels.OpenRun(run, "best", "cpu");
        var log = new StringWriter();
        var settings = new ModelProbeSettings
        {
            BootstrapReplicates = 200,
            SaliencyImages = 24,
            OcclusionImages = 12,
            // densenet-small's last features are 4 × 4 cells at 128 px, each five times a label: Grad-CAM cannot place
            // its mass on one (docs/saliency.md), occlusion can.
            SaliencyMethod = SaliencyMethods.Occlusion,
            Workers = 0,
        };
        ModelProbing.Outcome outcome = ModelProbing.Run(model, data.ForSplit(Splits.Valid), boxes, settings, log, null);
        return new Probed(trained.Metrics[trained.BestEpoch - 1].ValidImageAuc ?? double.NaN, outcome.Results, log.ToString());
    }

    /// <summary>Brightens a disc of radius 1/8 of the short side at the centre of every abnormal image.</summary>
    private static void PlantDisc(ImageDataSet data)
    {
        foreach (ImageRecord record in data.Records.Where(record => record.Label == 1))
        {
            string path = data.ResolvePath(record);
            GrayImage image = ImageCodec.Decode(path);
            double radius = Math.Min(image.Width, image.Height) / 8.0, cx = image.Width / 2.0, cy = image.Height / 2.0;
            for (int y = 0; y < image.Height; y++)
                for (int x = 0; x < image.Width; x++)
                    if ((x + 0.5 - cx) * (x + 0.5 - cx) + (y + 0.5 - cy) * (y + 0.5 - cy) <= radius * radius)
                        image[x, y] = Math.Min(1f, image[x, y] + 0.5f);
            File.WriteAllBytes(path, ImageCodec.EncodeGrayPng(image));
        }
    }

    public void Dispose() => _folder.Dispose();
}
