using System.CommandLine;
using System.Globalization;
using RadAudit.Core;
using RadAudit.Learning.Markers;

namespace RadAudit.Cli.Verbs.Markers;

/// <summary>
/// `radaudit markers train-detector`: trains the learned label detector on synthetic composites (hard-markers, plus a
/// share of default markers), calibrates its scores on composites of another seed and writes the weights file. The
/// shipped weights were made with it (docs/markers.md gives the command and its time).
/// </summary>
internal static class TrainDetectorCommand
{
    private static readonly DetectorTrainingOptions Defaults = new();
    private static readonly Option<string> OutOption = new("--out") { Description = "Weights file to write.", Required = true };
    private static readonly Option<long> SeedOption = new("--seed") { Description = "Seed S >= 0 of weights and batches; composites use seeds 1000 + 2S (training) and 1001 + 2S (calibration), never the hard set's 17.", DefaultValueFactory = _ => 0 };
    private static readonly Option<int> ImagesOption = new("--images") { Description = "Training composites (held in memory, about 115 KB each).", DefaultValueFactory = _ => Defaults.Images };
    private static readonly Option<int> CalibrationOption = new("--calibration-images") { Description = "Composites the scores are calibrated on: the box verifier's trees on the first three quarters, its Platt map on the rest (about 10 candidates each).", DefaultValueFactory = _ => Defaults.CalibrationImages };
    private static readonly Option<int> EpochsOption = new("--epochs") { Description = "Passes over the training composites.", DefaultValueFactory = _ => Defaults.Epochs };
    private static readonly Option<int> BatchSizeOption = new("--batch-size") { Description = "Composites per step.", DefaultValueFactory = _ => Defaults.BatchSize };
    private static readonly Option<double> LearningRateOption = new("--lr") { Description = "Adam's peak step size (cosine decay).", DefaultValueFactory = _ => Defaults.LearningRate };
    private static readonly Option<double> DefaultShareOption = new("--default-share") { Description = "Share of composites with the default generator's markers instead of hard-markers.", DefaultValueFactory = _ => 0.15 };
    private static readonly Option<int> CropOption = new("--crop") { Description = "Side of the square crops trained on, in input pixels (256 = whole images).", DefaultValueFactory = _ => Defaults.CropSize };
    private static readonly Option<string?> FromOption = new("--from") { Description = "Keep the weights of this file and only calibrate them again (after a change to the box decoder); --seed must be the one they were trained with." };
    private static readonly Option<double> MimicCropsOption = new("--mimic-crops") { Description = "Of the crops not centred on a label, the share centred on a mimic (hardware, ruler, cast or holder edge) as a mined negative.", DefaultValueFactory = _ => Defaults.MimicCropShare };
    private static readonly Option<string?> FineTuneOption = new("--fine-tune-from") { Description = "Start training from the weights of this file instead of random weights (then calibrate as usual)." };
    private static readonly Option<int?> InputSizeOption = new("--input-size") { Description = "Side of the square network input in pixels, a multiple of 16 (images are letterboxed into it). Default: the shipped shape's when training from scratch, the file's with --fine-tune-from or --from; a new size with --from fits the scores again for the same weights." };
    private static readonly Option<int?> ThreadsOption = new("--threads") { Description = "libtorch CPU threads (default: libtorch's)." };

    /// <summary>Builds the sub-verb.</summary>
    public static Command Create()
    {
        var command = new Command("train-detector", "Train the learned label detector on synthetic composites, calibrate its scores and write its weights.");
        foreach (Option option in new Option[] { OutOption, SeedOption, ImagesOption, CalibrationOption, EpochsOption, BatchSizeOption, LearningRateOption, DefaultShareOption, CropOption, MimicCropsOption, FineTuneOption, FromOption, InputSizeOption, ThreadsOption })
            command.Options.Add(option);
        command.SetAction(parse => Train(parse, parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Train(ParseResult parse, TextWriter output)
    {
        long seed = parse.GetValue(SeedOption);
        double share = parse.GetValue(DefaultShareOption);
        if (seed < 0) throw new RadAuditException($"--seed {seed}: use a seed >= 0 (the composites' seeds are 1000 + 2S and 1001 + 2S).", 2);
        if (share is < 0 or > 1) throw new RadAuditException($"--default-share {share} is outside [0, 1].", 2);
        string outFile = parse.GetValue(OutOption)!;
        var options = new DetectorTrainingOptions
        {
            Images = parse.GetValue(ImagesOption),
            CalibrationImages = parse.GetValue(CalibrationOption),
            Epochs = parse.GetValue(EpochsOption),
            BatchSize = parse.GetValue(BatchSizeOption),
            LearningRate = parse.GetValue(LearningRateOption),
            Seed = seed,
            Threads = parse.GetValue(ThreadsOption),
            CropSize = parse.GetValue(CropOption),
            MimicCropShare = parse.GetValue(MimicCropsOption),
            StartFrom = parse.GetValue(FineTuneOption),
            InputSize = parse.GetValue(InputSizeOption),
        };
        options.Validate();
        var training = new SyntheticDetectorSamples(SyntheticDetectorSamples.TrainingSeed(seed), options.Images, share);
        var calibration = new SyntheticDetectorSamples(SyntheticDetectorSamples.CalibrationSeed(seed), options.CalibrationImages, share);
        options = options with
        {
            Command = Invariant($"radaudit markers train-detector --out {Path.GetFileName(outFile)} --seed {seed} --images {options.Images} --calibration-images {options.CalibrationImages} --epochs {options.Epochs} --batch-size {options.BatchSize} --lr {options.LearningRate} --crop {options.CropSize} --default-share {share}")
                + (options.MimicCropShare > 0 ? Invariant($" --mimic-crops {options.MimicCropShare}") : "")
                + (options.StartFrom is null ? "" : $" --fine-tune-from {Path.GetFileName(options.StartFrom)}")
                + (options.InputSize is { } side ? Invariant($" --input-size {side}") : ""),
            TrainingData = training.Describe(),
            CalibrationData = calibration.Describe(),
        };
        string? from = parse.GetValue(FromOption);
        LabelDetectorManifest manifest = CliProgress.Run(output, progress => from is null
            ? DetectorTrainer.Train(options, training.Draw, calibration.Draw, outFile, progress)
            : DetectorTrainer.Recalibrate(from, options.CalibrationImages, calibration.Draw, outFile, options.InputSize, progress))!;
        Report(output, manifest, outFile);
        return CommandLineApp.Success;
    }

    private static void Report(TextWriter output, LabelDetectorManifest manifest, string outFile)
    {
        DetectorTrainingRecord record = manifest.Training;
        LabelDetectorCalibration calibration = manifest.Calibration;
        output.WriteLine(Invariant($"trained on {record.Images} composites for {record.Epochs} epochs in {record.Seconds:0} s ({record.Machine}); last epoch's loss {record.FinalLoss:0.0000}"));
        output.WriteLine(Invariant($"calibrated on {calibration.CalibrationImages} composites: labels-present ECE {calibration.PresenceError:0.0000}, one-level box score ECE {calibration.BoxError:0.0000}"));
        if (calibration.Verifier is { } verifier)
            output.WriteLine(Invariant($"box verifier: {verifier.Trees.Trees.Count} trees fitted on {verifier.TrainingCandidates} candidates; box score ECE {verifier.CalibrationError:0.0000} on {verifier.CalibrationCandidates} candidates the trees did not see"));
        output.WriteLine(Invariant($"wrote {outFile} ({new FileInfo(outFile).Length / 1024.0:0} KB)"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
