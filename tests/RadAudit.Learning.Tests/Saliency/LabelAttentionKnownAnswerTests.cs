using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Learning.Prediction;
using RadAudit.Learning.Saliency;
using RadAudit.Learning.Training;
using RadAudit.Stats.Attention;
using RadAudit.Testing;
using Xunit.Abstractions;

namespace RadAudit.Learning.Tests.Saliency;

/// <summary>
/// The study's visual finding as a known answer: where the burned-in labels are the only signal (confounding 1,
/// difficulty 1: the site decides the label and the anatomy carries nothing), a model trained on labels-only images
/// attends to the label boxes, and one trained with the boxes covered attends elsewhere.
/// </summary>
[Trait("Category", "Slow")]
public sealed class LabelAttentionKnownAnswerTests : IClassFixture<LabelAttentionKnownAnswerTests.TrainedConditions>
{
    private readonly TrainedConditions _trained;
    private readonly ITestOutputHelper _output;

    public LabelAttentionKnownAnswerTests(TrainedConditions trained, ITestOutputHelper output)
    {
        _trained = trained;
        _output = output;
    }

    [Fact]
    public void Should_put_most_occlusion_energy_on_the_labels_for_a_labels_only_model_and_almost_none_for_a_cover_model()
    {
        // Given the two trained conditions (class fixture), the labels-only one having learned the site shortcut
        Assert.True(_trained.LabelsOnlyValidAuc > 0.9, $"labels-only valid AUC {_trained.LabelsOnlyValidAuc:0.000}");

        // When each model's occlusion sensitivity on the valid images of its own variant is measured against the boxes
        // (occlusion, not Grad-CAM: densenet-small's last features are 4 × 4 cells at 128 px, each five times the area
        // of a label, so Grad-CAM cannot place its mass on one; docs/saliency.md)
        AttentionGroupSummary labelsOnly = _trained.Explain("labels-only", SaliencyMethods.Occlusion);
        AttentionGroupSummary cover = _trained.Explain("cover", SaliencyMethods.Occlusion);

        // Then the labels-only model concentrates on the boxes far beyond their 3 % share of the image (a 12 px occluding
        // patch also scores the pixels around a box, so a perfect model stays below 1), and the cover model puts almost
        // nothing there: occluding a black box changes nothing it uses (numbers are in the failure message)
        string numbers = $"labels-only energy {labelsOnly.EnergyInLabels.Estimate:0.000} (area {labelsOnly.LabelAreaFraction.Estimate:0.000}, " +
            $"enrichment {labelsOnly.Enrichment.Estimate:0.00}); cover energy {cover.EnergyInLabels.Estimate:0.000} (enrichment {cover.Enrichment.Estimate:0.00})";
        _output.WriteLine(numbers);
        Assert.True(labelsOnly.EnergyInLabels.Estimate > 0.3, numbers);
        Assert.True(labelsOnly.Enrichment.Estimate > 8, numbers);
        Assert.True(cover.EnergyInLabels.Estimate < 0.02, numbers);
        Assert.True(cover.Enrichment.Estimate < 1, numbers);
    }

    /// <summary>Generates the data once and trains both conditions (about 30 s on 2 cores).</summary>
    public sealed class TrainedConditions : IDisposable
    {
        private readonly TemporaryFolder _folder = new();
        private readonly string _root;
        private readonly Dictionary<string, string> _runs = [];

        public TrainedConditions()
        {
            _root = SyntheticDataSets.CreateMura(_folder, SyntheticDataSets.Tiny(seed: 11) with
            {
                TrainStudies = 90,
                ValidStudies = 8,
                MaxSize = 128,
                Confounding = 1.0,
                Difficulty = 1.0,
            }).Root;
            foreach (string variant in new[] { "labels-only", "cover" })
            {
                string run = Path.Combine(_folder.Path, variant);
                TrainingResult result = ConditionTrainer.Train(new ConditionRequest
                {
                    Data = DataSetOpener.Open(_root),
                    Condition = Condition.Parse(variant),
                    Boxes = BoxFiles.ReadIndex(BoxesPath),
                    Augment = false,
                    Workers = 0,
                    Training = new TrainingOptions
                    {
                        Architecture = "densenet-small",
                        ImageSize = 128,
                        Epochs = 4,
                        BatchSize = 16,
                        LearningRate = 3e-3,
                        Seed = 3,
                        Device = "cpu",
                    },
                }, run);
                _runs[variant] = run;
                if (variant == "labels-only") LabelsOnlyValidAuc = result.Metrics[result.BestEpoch - 1].ValidImageAuc ?? double.NaN;
            }
        }

        /// <summary>Image-level valid AUC of the labels-only model's best epoch.</summary>
        public double LabelsOnlyValidAuc { get; private set; }

        private string BoxesPath => Path.Combine(_root, "markers.csv");

        public AttentionGroupSummary Explain(string variant, string method)
        {
            using Predictor predictor = Predictor.Open(_runs[variant], "best", "cpu");
            ImageDataSet allValid = DataSetOpener.Open(_root).ForSplit("valid");
            ImageDataSet valid = allValid.WithRecords([.. allValid.Records.Take(10)]);
            var run = new SaliencyRun(predictor.Model, TorchSharp.torch.CPU, new SaliencyRunOptions
            {
                Method = method,
                Training = predictor.Configuration.Options,
                Condition = Condition.Parse(variant),
                WriteOverlays = false,
            }, BoxFiles.ReadIndex(BoxesPath));
            return run.Run(valid, Path.Combine(_folder.Path, $"{variant}-{method}"), new Dictionary<string, string>()).Summary.All;
        }

        public void Dispose() => _folder.Dispose();
    }
}
