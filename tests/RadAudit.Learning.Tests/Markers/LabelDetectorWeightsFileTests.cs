using RadAudit.Core;
using RadAudit.Imaging.Markers.Maps;
using RadAudit.Learning.Markers;
using RadAudit.Stats.Boosting;
using RadAudit.Stats.Calibration;
using RadAudit.Testing;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Tests.Markers;

public sealed class LabelDetectorWeightsFileTests
{
    [Fact]
    public void Should_read_back_the_same_network_and_manifest_it_wrote()
    {
        // Given a randomly initialised segmenter and a manifest with a calibration
        using var folder = new TemporaryFolder();
        torch.manual_seed(5);
        using var network = new LabelSegmenter(LabelDetectorArchitecture.Default);
        network.eval();
        var calibration = new LabelDetectorCalibration(new PlattScaling(2, -1), new PlattScaling(1.5, 0.25), 10, 0.05, double.NaN);
        var manifest = new LabelDetectorManifest(LabelDetectorArchitecture.Default, calibration, DetectorTrainingRecord.Untrained with { Seed = 9 });
        string file = folder.Combine("detector.weights");

        // When it is written and read
        LabelDetectorWeightsFile.Write(file, network, manifest);
        var (read, readManifest) = LabelDetectorWeightsFile.Read(file);
        using var readNetwork = read;

        // Then both networks compute the same map and the manifest survives (NaN included)
        using var scope = NewDisposeScope();
        using var noGrad = torch.no_grad();
        Tensor input = torch.rand(1, 1, 32, 32);
        Assert.True(network.forward(input).eq(readNetwork.forward(input)).all().item<bool>());
        Assert.Equal(calibration.Presence, readManifest.Calibration.Presence);
        Assert.True(double.IsNaN(readManifest.Calibration.BoxError));
        Assert.Equal(9, readManifest.Training.Seed);
        Assert.Equal(LabelDetectorArchitecture.Default.Channels, readManifest.Architecture.Channels);
    }

    [Fact]
    public void Should_refuse_a_foreign_file_naming_it_and_the_fix()
    {
        // Given a file that is not a weights file
        using var folder = new TemporaryFolder();
        string file = folder.WriteBytes("not.weights", [1, 2, 3, 4]);

        // Then reading it is a clear error
        var error = Assert.Throws<RadAuditException>(() => LabelDetectorWeightsFile.Read(file));
        Assert.Contains(file, error.Message);
        Assert.Contains("train-detector", error.Message);
    }

    [Fact]
    public void Should_read_back_the_box_verifier_and_refuse_one_fitted_on_other_features()
    {
        // Given a manifest whose calibration carries a verifier (a stump on the first feature)
        using var folder = new TemporaryFolder();
        torch.manual_seed(5);
        using var network = new LabelSegmenter(LabelDetectorArchitecture.Default with { InputSize = 32 });
        int count = LabelCandidateFeatures.Names.Count;
        var stump = new BoostedTree([0, -1, -1], [0.5, 0, 0], [1, -1, -1], [2, -1, -1], [0, -1.5, 2.5]);
        var verifier = new LabelBoxVerifier(LabelCandidateFeatures.Names, new BoostedTrees(count, 0.25, [stump]), new PlattScaling(1.2, -0.1), 100, 40, 0.02);
        LabelDetectorManifest Manifest(LabelBoxVerifier boxVerifier) => new(LabelDetectorArchitecture.Default with { InputSize = 32 },
            LabelDetectorCalibration.None with { Verifier = boxVerifier }, DetectorTrainingRecord.Untrained);
        string file = folder.Combine("verifier.weights");

        // When it is written and read
        LabelDetectorWeightsFile.Write(file, network, Manifest(verifier));
        var (read, readManifest) = LabelDetectorWeightsFile.Read(file);
        read.Dispose();

        // Then the verifier scores a candidate exactly as before
        var features = new double[count];
        features[0] = 0.7;
        var candidate = new LabelCandidate(new LabelBox("a.png", 0, 0, 4, 4, LabelKinds.Laterality), 0.5, features);
        LabelBoxVerifier readVerifier = readManifest.Calibration.Verifier!;
        Assert.Equal(verifier.Score(candidate), readVerifier.Score(candidate), 15);
        Assert.Equal(verifier.Calibration, readVerifier.Calibration);

        // And a verifier fitted on other features is refused, naming the fix
        string foreign = folder.Combine("foreign.weights");
        var renamed = verifier with { Features = [.. LabelCandidateFeatures.Names.Skip(1), "something_else"] };
        LabelDetectorWeightsFile.Write(foreign, network, Manifest(renamed));
        var error = Assert.Throws<RadAuditException>(() => LabelDetectorWeightsFile.Read(foreign));
        Assert.Contains("foreign.weights", error.Message);
        Assert.Contains("--from", error.Message);

        // But it is read for calibrating again or fine-tuning, which replace the verifier (what the fix asks for)
        var (again, againManifest) = LabelDetectorWeightsFile.Read(foreign, forDetection: false);
        again.Dispose();
        Assert.Equal(renamed.Features, againManifest.Calibration.Verifier!.Features);
    }
}
