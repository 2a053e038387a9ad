using System.Diagnostics;
using RadAudit.Core;
using RadAudit.Data.Loading;
using RadAudit.Data.Sets;
using RadAudit.Learning.Models;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Training;
using TorchSharp;

/// <summary>
/// <c>epoch-overlap</c>: does a training epoch overlap image loading with compute? Times one epoch of the train split
/// three ways — loading only (the loader's batches, discarded), compute only (the same batches from memory), and
/// training as the trainer runs it (loader feeding steps) — and prints them with load + compute and
/// max(load, compute), so the overlap is a number.
/// </summary>
/// <remarks>Usage: <c>epoch-overlap --data DIR [--arch densenet-small] [--size 128] [--batch 32] [--workers 2]
/// [--threads 2] [--augment true]</c>. Each training pass starts from the same seeded weights.</remarks>
internal static class EpochOverlapRunner
{
    public static int Run(string[] args)
    {
        Dictionary<string, string> options = RunnerOptions.Parse(args);
        string data = options.GetValueOrDefault("data") ?? throw new ArgumentException("--data DIR is required.");
        int threads = int.Parse(options.GetValueOrDefault("threads", "2"));
        int workers = int.Parse(options.GetValueOrDefault("workers", "2"));
        bool augment = bool.Parse(options.GetValueOrDefault("augment", "true"));
        var training = new TrainingOptions
        {
            Architecture = options.GetValueOrDefault("arch", "densenet-small"),
            ImageSize = int.Parse(options.GetValueOrDefault("size", "128")),
            BatchSize = int.Parse(options.GetValueOrDefault("batch", "32")),
        };
        torch.set_num_threads(threads);
        NativeHeapTuning.EnsureApplied(); // as the trainer does

        ImageDataSet train = ConditionData.Split(DataSetOpener.Open(data), Splits.Train);
        LoaderOptions loaderOptions = ConditionData.Loader(training, ClassWeights.MuraStudyType(train.Records), hook: null,
            workers, training: true, augment);
        var loader = new ImageBatchLoader(train, loaderOptions);

        // Warm the page cache, the JIT and libtorch once, so no pass pays a first-run cost the others do not.
        var batches = loader.Epoch(1).ToList();
        TrainOn(training, batches.Take(2));

        double load = Time(() => { foreach (ImageBatch batch in loader.Epoch(1)) GC.KeepAlive(batch); });
        double compute = Time(() => TrainOn(training, batches));
        double together = Time(() => TrainOn(training, loader.Epoch(1)));
        int images = batches.Sum(batch => batch.Count);
        Console.WriteLine($"epoch of {images} images ({training.Architecture}, {training.ImageSize} px, batch {training.BatchSize}, " +
            $"{workers} loader workers, {threads} torch threads, augment {augment}):");
        Console.WriteLine($"  load only {load:0.0} s ({images / load:0} img/s), compute only {compute:0.0} s ({images / compute:0} img/s)");
        Console.WriteLine($"  training epoch {together:0.0} s; load + compute {load + compute:0.0} s; max(load, compute) {Math.Max(load, compute):0.0} s");
        Console.WriteLine($"  hidden loading: {(load + compute - together) / load:P0} of the load time overlapped with compute");
        return 0;
    }

    private static void TrainOn(TrainingOptions options, IEnumerable<ImageBatch> batches)
    {
        torch.manual_seed(1);
        using AbnormalityClassifier model = ModelRegistry.Create(options.Architecture);
        model.UseLayout(ModelRegistry.PreferredLayout(options.Architecture));
        model.train();
        using var optimizer = new FlatAdam(model.parameters(), options.LearningRate);
        foreach (ImageBatch batch in batches)
        {
            using (var scope = torch.NewDisposeScope())
                TrainingStep.Run(model, optimizer, BatchTensors.From(batch, torch.CPU), gradientClipNorm: null);
            FinalizerDrain.AfterStep();
        }
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }
}
