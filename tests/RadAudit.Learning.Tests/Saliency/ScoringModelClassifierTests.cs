using RadAudit.Core.Scoring;
using RadAudit.Learning.Models;
using RadAudit.Learning.Saliency;
using RadAudit.Learning.Scoring;
using TorchSharp;

namespace RadAudit.Learning.Tests.Saliency;

[Trait("Category", "Slow")]
public sealed class ScoringModelClassifierTests
{
    /// <summary>A model known only by its logits, as an ONNX file is.</summary>
    private sealed class LogitsOnly(IScoringModel inner) : IScoringModel
    {
        public ModelInput Input => inner.Input;

        public ScoringModelInfo Info => inner.Info with { Kind = "onnx", Gradients = false };

        public float[] Score(float[] inputs, int count) => inner.Score(inputs, count);

        public void Dispose()
        {
        }
    }

    [Fact]
    public void Should_give_a_logits_only_model_the_same_occlusion_maps_as_the_network_itself()
    {
        // Given a TorchSharp model and the same model seen only through its logits
        torch.manual_seed(4);
        AbnormalityClassifier network = ModelRegistry.Create("densenet-small");
        network.eval();
        var info = new ScoringModelInfo("state-dict", "x.pth", "densenet-small", ClassifierHeads.Logit, "test", true);
        using var model = new TorchScoringModel(network, torch.CPU, new ModelInput(40, 1, InputNormalisation.RadAudit), info);
        using var opaque = new LogitsOnly(model);
        using var input = torch.rand([2, 1, 40, 40], generator: new torch.Generator(3));

        // When occlusion explains both
        var direct = ScoringModelSaliency.Create(SaliencyMethods.Occlusion, model).Explain(input, SaliencyTarget.Abnormal);
        var viaLogits = ScoringModelSaliency.Create(SaliencyMethods.Occlusion, opaque).Explain(input, SaliencyTarget.Abnormal);

        // Then the maps and logits agree, and a gradient method is refused for the logits-only model
        Assert.Equal(direct.Logits, viaLogits.Logits);
        for (int image = 0; image < 2; image++)
            for (int i = 0; i < direct.Maps[image].Pixels.Length; i++)
                Assert.Equal(direct.Maps[image].Pixels[i], viaLogits.Maps[image].Pixels[i], 5);
        Assert.False(ScoringModelSaliency.Supports(opaque, SaliencyMethods.GradCam));
        Assert.Throws<Core.RadAuditException>(() => ScoringModelSaliency.Create(SaliencyMethods.GradCam, opaque));
    }
}
