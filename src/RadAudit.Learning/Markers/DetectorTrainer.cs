using System.Diagnostics;
using RadAudit.Core;
using RadAudit.Learning.Models;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Runtime.Compute;
using RadAudit.Learning.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Markers;

/// <summary>
/// Trains the label segmenter on synthetic composites, calibrates its scores on other composites and writes the
/// weights file (<c>radaudit markers train-detector</c>). Adam with cosine decay, a random symmetry of the square per
/// batch. Deterministic on the CPU for a given seed and thread count: weights are drawn after
/// <c>torch.manual_seed(seed)</c>, and batch order and symmetries come from <see cref="Random"/> seeded by (seed, epoch).
/// </summary>
public static class DetectorTrainer
{
    /// <summary>Trains, calibrates and writes <paramref name="weightsFile"/>; returns the manifest written.</summary>
    /// <param name="options">Settings.</param>
    /// <param name="trainingSample">Training composite by index (thread-safe, deterministic).</param>
    /// <param name="calibrationSample">Calibration composite by index (another seed than training and the benchmark set).</param>
    /// <param name="weightsFile">Where the weights go (written atomically at the end).</param>
    /// <param name="progress">Drawing, epochs and calibration.</param>
    /// <param name="cancellation">Stops between batches.</param>
    public static LabelDetectorManifest Train(DetectorTrainingOptions options, Func<int, DetectorSample> trainingSample,
        Func<int, DetectorSample> calibrationSample, string weightsFile, IProgress<ProgressReport>? progress = null,
        CancellationToken cancellation = default)
    {
        options.Validate();
        var clock = Stopwatch.StartNew();
        ComputeRuntime.EnsureReady();
        if (options.Threads is int threads) torch.set_num_threads(threads);
        int workers = torch.get_num_threads();
        torch.manual_seed(options.Seed);
        var (network, architecture) = Starting(options);
        var set = DetectorTrainingSet.Build(options.Images, trainingSample, architecture, workers, progress, cancellation);
        double finalLoss = Fit(network, set, options, progress, cancellation);
        if (options.CropSize < architecture.InputSize) ReestimateNormalisation(network, set, architecture.InputSize, options);
        network.eval();
        var untrained = new LabelDetectorManifest(architecture, LabelDetectorCalibration.None, DetectorTrainingRecord.Untrained);
        var detector = new LearnedLabelDetector(network, untrained, minimumScore: 0);
        LabelDetectorCalibration calibration = DetectorCalibrator.Fit(detector, options.CalibrationImages, calibrationSample, workers, progress, cancellation);
        var record = new DetectorTrainingRecord(options.Command, options.Seed, options.TrainingData, options.CalibrationData, options.Images,
            options.Epochs, finalLoss, Math.Round(clock.Elapsed.TotalSeconds, 1), $"{Environment.ProcessorCount} logical CPUs, {workers} libtorch threads");
        var manifest = new LabelDetectorManifest(architecture, calibration, record);
        LabelDetectorWeightsFile.Write(weightsFile, network, manifest);
        detector.Dispose();
        return manifest;
    }

    /// <summary>
    /// Keeps the weights of <paramref name="weightsIn"/> and fits their calibration again on
    /// <paramref name="count"/> composites (after a change to how boxes are read off the map, which changes the raw
    /// box scores, or to read the map at another input size); writes <paramref name="weightsOut"/> with the old
    /// provenance and the new calibration. <paramref name="inputSize"/> is the input side to detect at from now on (null:
    /// the file's): the segmenter is fully convolutional, so its weights run at any multiple of 16, but its scores must
    /// then be fitted again, which this does.
    /// </summary>
    public static LabelDetectorManifest Recalibrate(string weightsIn, int count, Func<int, DetectorSample> calibrationSample, string weightsOut,
        int? inputSize = null, IProgress<ProgressReport>? progress = null, CancellationToken cancellation = default)
    {
        var (network, old) = LabelDetectorWeightsFile.Read(weightsIn, forDetection: false);
        old = old with { Architecture = old.Architecture with { InputSize = inputSize ?? old.Architecture.InputSize } };
        old.Architecture.Validate();
        using var detector = new LearnedLabelDetector(network, old with { Calibration = LabelDetectorCalibration.None }, minimumScore: 0);
        LabelDetectorCalibration calibration = DetectorCalibrator.Fit(detector, count, calibrationSample, torch.get_num_threads(), progress, cancellation);
        var manifest = old with { Calibration = calibration };
        LabelDetectorWeightsFile.Write(weightsOut, network, manifest);
        return manifest;
    }

    // Random weights of the options' shape (at --input-size when given), or those of the file fine-tuning starts from,
    // which must have the options' channels and kinds; its input size is kept unless --input-size asks for another (the
    // segmenter is fully convolutional: the same weights run, and learn, at any multiple of 16).
    private static (LabelSegmenter Network, LabelDetectorArchitecture Architecture) Starting(DetectorTrainingOptions options)
    {
        if (options.StartFrom is null)
        {
            var architecture = options.Architecture with { InputSize = options.InputSize ?? options.Architecture.InputSize };
            var network = new LabelSegmenter(architecture);
            Initialise(network);
            return (network, architecture);
        }
        var (loaded, manifest) = LabelDetectorWeightsFile.Read(options.StartFrom, forDetection: false);
        if (!manifest.Architecture.Channels.SequenceEqual(options.Architecture.Channels) || !manifest.Architecture.Kinds.SequenceEqual(options.Architecture.Kinds))
        {
            loaded.Dispose();
            throw new RadAuditException($"--fine-tune-from {options.StartFrom}: its segmenter has another shape than the one trained here; train from scratch.", 2);
        }
        return (loaded, manifest.Architecture with { InputSize = options.InputSize ?? manifest.Architecture.InputSize });
    }

    /// <summary>Kaiming-normal convolutions (fan-in), unit batch norms, and output biases at a 2 % prior so the
    /// first steps are not spent unlearning "everything is a label".</summary>
    private static void Initialise(LabelSegmenter network)
    {
        WeightInitialisation.TorchvisionStyle(network, nn.init.FanInOut.FanIn);
        using var noGrad = torch.no_grad();
        using Scalar prior = Math.Log(0.02 / 0.98).ToScalar();
        network.HeadBias.fill_(prior);
    }

    private static double Fit(LabelSegmenter network, DetectorTrainingSet set, DetectorTrainingOptions options, IProgress<ProgressReport>? progress,
        CancellationToken cancellation)
    {
        network.train();
        using var optimizer = new FlatAdam(network.parameters(), options.LearningRate);
        int batches = (set.Count + options.BatchSize - 1) / options.BatchSize, steps = batches * options.Epochs;
        double epochLoss = double.NaN;
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            var random = new Random(unchecked((int)(options.Seed * 7919 + epoch)));
            int[] order = Enumerable.Range(0, set.Count).ToArray();
            random.Shuffle(order);
            double sum = 0;
            for (int batch = 0; batch < batches; batch++)
            {
                cancellation.ThrowIfCancellationRequested();
                int step = epoch * batches + batch;
                optimizer.LearningRate = options.LearningRate * (0.05 + 0.95 * 0.5 * (1 + Math.Cos(Math.PI * step / steps)));
                var indices = order.Skip(batch * options.BatchSize).Take(options.BatchSize).ToList();
                sum += Step(network, optimizer, set.Batch(indices, random.Next(8), options.CropSize, random, options.MimicCropShare));
                FinalizerDrain.AfterStep();
                progress?.Report(new ProgressReport($"train-detector: epoch {epoch + 1}/{options.Epochs}", batch + 1, batches,
                    $"loss {sum / (batch + 1):0.0000}"));
            }
            epochLoss = sum / batches;
        }
        return epochLoss;
    }

    /// <summary>
    /// Batch-norm running statistics from whole images rather than the crops they were trained on (a whole image holds
    /// more empty margin and letterbox padding): forward passes in training mode without gradients, with a cumulative
    /// average (momentum 1/(k + 1)), so every image counts the same.
    /// </summary>
    private static void ReestimateNormalisation(LabelSegmenter network, DetectorTrainingSet set, int inputSize, DetectorTrainingOptions options)
    {
        var norms = network.modules().OfType<BatchNormalization2d>().ToList();
        foreach (var norm in norms) norm.reset_running_stats();
        network.train();
        using var noGrad = torch.no_grad();
        var random = new Random(unchecked((int)options.Seed));
        int batches = Math.Min(32, (set.Count + options.BatchSize - 1) / options.BatchSize);
        for (int batch = 0; batch < batches; batch++)
        {
            foreach (var norm in norms) norm.momentum = 1.0 / (batch + 1);
            using var scope = NewDisposeScope();
            var indices = Enumerable.Range(batch * options.BatchSize, options.BatchSize).Where(index => index < set.Count).ToList();
            network.forward(set.Batch(indices, 0, inputSize, random).Pixels);
        }
        foreach (var norm in norms) norm.momentum = 0.1;
    }

    private static double Step(LabelSegmenter network, FlatAdam optimizer, (Tensor Pixels, Tensor Targets) batch)
    {
        using var scope = NewDisposeScope();
        batch.Pixels.MoveToOtherDisposeScope(scope);
        batch.Targets.MoveToOtherDisposeScope(scope);
        optimizer.ZeroGrad();
        var (pixels, targets) = batch;
        Tensor loss = DetectorLoss.Compute(network.forward(pixels), targets);
        float value = loss.item<float>();
        if (!float.IsFinite(value))
            throw new RadAuditException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"train-detector: the loss became {value} at step size {optimizer.LearningRate:G3}; lower --lr and retrain."));
        loss.backward();
        optimizer.Step();
        return value;
    }
}
