using RadAudit.Core;
using RadAudit.Learning.Markers;
using RadAudit.Synthetic;
using RadAudit.Synthetic.Markers;
using RadAudit.Synthetic.Planning;
using RadAudit.Synthetic.Realism;
using RadAudit.Synthetic.Rendering;
using RadAudit.Testing;

namespace RadAudit.Learning.Tests.Markers;

[Trait("Category", "Slow")]
public sealed class DetectorTrainerTests
{
    [Fact]
    public void Should_train_calibrate_and_write_weights_that_load_and_detect_end_to_end()
    {
        // Given 24 tiny realistic composites for training and 16 of another seed for calibration
        using var folder = new TemporaryFolder();
        Func<int, DetectorSample> training = Samples(seed: 1100), calibration = Samples(seed: 1101);
        DetectorTrainingOptions options = Tiny(images: 24, calibrationImages: 16);
        string file = folder.Combine("tiny.weights");

        // When trained
        LabelDetectorManifest manifest = DetectorTrainer.Train(options, training, calibration, file);

        // Then the file loads, records its training, and its detector runs on an image
        using var detector = LearnedLabelDetector.Load(file, minimumScore: 0);
        Assert.Equal(24, detector.Manifest.Training.Images);
        Assert.Equal(16, manifest.Calibration.CalibrationImages);
        Assert.True(double.IsFinite(manifest.Training.FinalLoss));
        var result = detector.Detect([("a.png", training(0).Image)]);
        Assert.InRange(result[0].LabelsPresent ?? -1, 0, 1);

        // And fine-tuning from the file (with mined-negative crops) trains on and writes a file that loads
        string tuned = folder.Combine("tuned.weights");
        DetectorTrainer.Train(options with { StartFrom = file, MimicCropShare = 0.5 }, training, calibration, tuned);
        using var tunedDetector = LearnedLabelDetector.Load(tuned, minimumScore: 0);
        Assert.True(double.IsFinite(tunedDetector.Manifest.Training.FinalLoss));
        Assert.Equal(128, tunedDetector.Manifest.Architecture.InputSize);
    }

    [Fact]
    public void Should_fine_tune_and_recalibrate_the_same_weights_at_another_input_size()
    {
        // Given weights of a 128-px segmenter
        using var folder = new TemporaryFolder();
        Func<int, DetectorSample> training = Samples(seed: 1100), calibration = Samples(seed: 1101);
        DetectorTrainingOptions small = Tiny(images: 8, calibrationImages: 8);
        string file = folder.Combine("small.weights");
        DetectorTrainer.Train(small, training, calibration, file);

        // When fine-tuned at a 160-px input, and recalibrated unchanged at a 96-px input
        string tuned = folder.Combine("tuned.weights"), read = folder.Combine("read.weights");
        DetectorTrainer.Train(small with { StartFrom = file, InputSize = 160 }, training, calibration, tuned);
        LabelDetectorManifest recalibrated = DetectorTrainer.Recalibrate(file, 8, calibration, read, inputSize: 96);

        // Then both files say and use their new size (a 96-px input gives a 48-cell map), and keep the weights' shape
        using var tunedDetector = LearnedLabelDetector.Load(tuned, minimumScore: 0);
        using var readDetector = LearnedLabelDetector.Load(read, minimumScore: 0);
        Assert.Equal(160, tunedDetector.Manifest.Architecture.InputSize);
        Assert.Equal(96, recalibrated.Architecture.InputSize);
        Assert.Equal(96, readDetector.Manifest.Architecture.InputSize);
        Assert.Equal(small.Architecture.Channels, readDetector.Manifest.Architecture.Channels);
        var raw = readDetector.Raw([("a.png", calibration(0).Image)], labels: false, candidates: false);
        Assert.Equal(48, raw[0].Map.Width);
    }

    [Fact]
    public void Should_refuse_to_fine_tune_weights_of_another_shape()
    {
        // Given weights of a segmenter with the default channels
        using var folder = new TemporaryFolder();
        Func<int, DetectorSample> training = Samples(seed: 1100), calibration = Samples(seed: 1101);
        DetectorTrainingOptions small = Tiny(images: 8, calibrationImages: 4);
        string file = folder.Combine("small.weights");
        DetectorTrainer.Train(small, training, calibration, file);

        // When fine-tuning them as a segmenter of other widths, Then the error names the file and says what to do
        var narrower = small.Architecture with { Channels = [8, 16, 32, 48] };
        var error = Assert.Throws<RadAuditException>(() => DetectorTrainer.Train(
            small with { StartFrom = file, Architecture = narrower }, training, calibration, folder.Combine("no.weights")));
        Assert.Contains("small.weights", error.Message);
        Assert.Contains("another shape", error.Message);
    }

    [Fact]
    public void Should_fit_the_box_verifier_on_three_quarters_of_the_composites_and_its_platt_map_on_the_rest()
    {
        // Given the shipped segmenter and 40 small composites of realistic markers
        using var detector = LearnedLabelDetector.LoadShipped(minimumScore: 0);
        Func<int, DetectorSample> calibration = Samples(seed: 1101);

        // When its scores are fitted again
        LabelDetectorCalibration fitted = DetectorCalibrator.Fit(detector, 40, calibration, threads: 2, progress: null, CancellationToken.None);

        // Then the verifier's candidates come from images 0–29 for the trees and 30–39 for the map, as counted by the pool
        var candidates = Enumerable.Range(0, 40).Select(index =>
            detector.Raw([($"calibration/{index}", calibration(index).Image)], labels: false, candidates: true)[0].Candidates.Count).ToList();
        LabelBoxVerifier verifier = fitted.Verifier!;
        Assert.Equal(candidates.Take(30).Sum(), verifier.TrainingCandidates);
        Assert.Equal(candidates.Skip(30).Sum(), verifier.CalibrationCandidates);
        Assert.Equal(LabelBoxVerifier.TreeOptions.Trees, verifier.Trees.Trees.Count);
        Assert.InRange(verifier.CalibrationError, 0, 1);
    }

    // One epoch of 64-px crops for a 128-px segmenter: seconds on a CPU.
    private static DetectorTrainingOptions Tiny(int images, int calibrationImages) => new()
    {
        Images = images,
        CalibrationImages = calibrationImages,
        Epochs = 1,
        BatchSize = 8,
        CropSize = 64,
        Seed = 3,
        Architecture = LabelDetectorArchitecture.Default with { InputSize = 128 },
        Command = "test",
    };

    private static Func<int, DetectorSample> Samples(long seed)
    {
        SynthesisOptions options = SyntheticDataSets.Tiny(seed) with { MaxSize = 128, TrainStudies = 24, ValidStudies = 0, MarkerRealism = MarkerRealism.HardMarkers };
        var plans = StudyPlanner.Plan(options, TechnologistRoster.Create(seed));
        return index =>
        {
            RenderedRadiograph rendered = RadiographRenderer.Render(plans[index], options);
            return new DetectorSample(rendered.Image, rendered.Markers.Select(m => m.Bounds.ToLabelBox("", m.Kind)).ToList());
        };
    }
}
