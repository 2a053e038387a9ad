using RadAudit.Core;
using RadAudit.Core.Scoring;
using Xunit.Abstractions;

namespace RadAudit.Onnx.Tests;

/// <summary>ONNX Runtime against PyTorch on the same torchvision DenseNet and the same inputs (Golden/).</summary>
public sealed class OnnxScoringModelTests(ITestOutputHelper output)
{
    private const double RelativeTolerance = 1e-4;

    [Fact]
    public void Should_give_pytorchs_logits_for_a_one_logit_densenet()
    {
        // Given the exported one-logit model and the inputs PyTorch scored
        using OnnxScoringModel model = OnnxScoringModel.Open(GoldenFiles.LogitModel);
        var (inputs, count) = GoldenFiles.Inputs();

        // When ONNX Runtime scores them
        float[] logits = model.Score(inputs, count);

        // Then every logit equals PyTorch's within 1e-4 relative
        AssertClose(GoldenFiles.Expected("logit"), logits);
    }

    [Fact]
    public void Should_read_the_abnormal_logit_of_a_two_class_head_as_the_difference_of_its_class_logits()
    {
        // Given the 2-class export (softmax over [normal, abnormal])
        using OnnxScoringModel model = OnnxScoringModel.Open(GoldenFiles.Softmax2Model);
        var (inputs, count) = GoldenFiles.Inputs();

        // When it scores the inputs
        float[] logits = model.Score(inputs, count);

        // Then the head was detected from the output width, and the logit is l1 − l0 as PyTorch computed it
        Assert.Equal(ClassifierHeads.Softmax2, model.Info.Head);
        Assert.Contains(model.Info.Notes, note => note.Contains("softmax2 detected", StringComparison.Ordinal));
        AssertClose(GoldenFiles.Expected("softmax2_abnormal_logit"), logits);
    }

    [Fact]
    public void Should_read_shape_and_channels_from_the_graph_and_assume_imagenet_normalisation_when_the_model_is_silent()
    {
        // Given a graph with input [batch, 3, 64, 64] and no normalisation metadata
        // When it is opened without options
        using OnnxScoringModel model = OnnxScoringModel.Open(GoldenFiles.LogitModel);

        // Then the input is read from the graph, and the assumption is stated rather than hidden
        Assert.Equal(new ModelInput(64, 3, InputNormalisation.ImageNet), model.Input);
        Assert.Equal("onnx", model.Info.Kind);
        Assert.False(model.Info.Gradients);
        Assert.Contains(model.Info.Notes, note => note.Contains("imagenet assumed", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_score_batches_of_any_size_the_same_as_one_batch()
    {
        // Given the four inputs
        using OnnxScoringModel model = OnnxScoringModel.Open(GoldenFiles.LogitModel);
        var (inputs, count) = GoldenFiles.Inputs();
        int perImage = model.Input.ValuesPerImage;

        // When they are scored one at a time
        float[] single = Enumerable.Range(0, count).Select(index => model.Score(inputs[(index * perImage)..((index + 1) * perImage)], 1)[0]).ToArray();

        // Then the batch axis is dynamic and the logits do not depend on the batch
        AssertClose(model.Score(inputs, count), single);
    }

    [Fact]
    public void Should_refuse_a_size_that_contradicts_the_graph_and_a_head_that_does_not_fit_its_output()
    {
        // Given a 64 px graph with one output
        // When the caller states 224 px, or the softmax2 head
        var size = Assert.Throws<RadAuditException>(() => OnnxScoringModel.Open(GoldenFiles.LogitModel, new OnnxModelOptions(Size: 224)));
        var head = Assert.Throws<RadAuditException>(() => OnnxScoringModel.Open(GoldenFiles.LogitModel, new OnnxModelOptions(Head: ClassifierHeads.Softmax2)));

        // Then both are refused in the library's words, naming the setting
        Assert.Equal(Settings.ImageSize, size.Setting);
        Assert.Contains("is 64, not 224", size.Message);
        Assert.Equal(Settings.Head, head.Setting);
    }

    [Fact]
    public void Should_refuse_a_file_that_is_not_an_onnx_model()
    {
        // Given a text file with an .onnx name
        using var folder = new Testing.TemporaryFolder();
        string path = folder.WriteText("model.onnx", "not a model");

        // When it is opened, then ONNX Runtime's refusal becomes one library error naming the file
        var problem = Assert.Throws<RadAuditException>(() => OnnxScoringModel.Open(path));
        Assert.Contains(path, problem.Message);
        Assert.Equal(Settings.Model, problem.Setting);
    }

    private void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        double largest = expected.Zip(actual, (e, a) => Math.Abs(e - a) / Math.Max(1.0, Math.Abs(e))).Max();
        output.WriteLine($"largest relative difference {largest:E2} over {expected.Length} logits");
        for (int i = 0; i < expected.Length; i++)
        {
            double tolerance = RelativeTolerance * Math.Max(1.0, Math.Abs(expected[i]));
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"logit {i}: PyTorch {expected[i]:R}, ONNX Runtime {actual[i]:R}");
        }
    }
}
