using System.Text.Json.Nodes;
using RadAudit.Core;
using RadAudit.Core.Scoring;
using RadAudit.Learning.Models;
using RadAudit.Learning.Scoring;
using RadAudit.Testing;
using TorchSharp;
using TorchSharp.PyBridge;

namespace RadAudit.Learning.Tests.Scoring;

/// <summary>The state-dict path of the model audit: a whole trained classifier saved with torchvision's names.</summary>
[Trait("Category", "Slow")]
public sealed class StateDictModelTests
{
    private static string Golden(string name) => Path.Combine(AppContext.BaseDirectory, "Golden", "Torchvision", name);

    [Fact]
    public void Should_score_a_torchvision_two_class_densenet_as_pytorch_does_with_the_logit_l1_minus_l0()
    {
        // Given torchvision's DenseNet (densenet-small's configuration) with a 2-class head, saved by PyTorch 1.13,
        // and PyTorch's class logits on four 3-channel inputs
        JsonNode golden = JsonNode.Parse(File.ReadAllText(Golden("golden.json")))!;
        float[] expected = golden["softmax2_abnormal_logit"]!.AsArray().Select(value => value!.GetValue<float>()).ToArray();
        byte[] bytes = File.ReadAllBytes(Golden("inputs.bin"));
        var inputs = new float[bytes.Length / sizeof(float)];
        Buffer.BlockCopy(bytes, 0, inputs, 0, bytes.Length);

        // When the state dict is opened without saying its head, and the inputs are scored
        using TorchScoringModel model = TorchModels.OpenStateDict(Golden("densenet_small_softmax2.pth"), "densenet-small", 64, device: "cpu");
        float[] logits = model.Score(inputs, expected.Length);

        // Then the head was detected, the model takes torchvision's 3-channel ImageNet input, and each logit is PyTorch's l1 − l0
        Assert.Equal(ClassifierHeads.Softmax2, model.Info.Head);
        Assert.Equal(new ModelInput(64, 3, InputNormalisation.ImageNet), model.Input);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - logits[i]) <= 1e-4 * Math.Max(1, Math.Abs(expected[i])), $"image {i}: PyTorch {expected[i]}, RadAudit {logits[i]}");
    }

    [Fact]
    public void Should_keep_a_one_logit_head_as_trained()
    {
        // Given a one-logit densenet-small saved in torch.save format (torchvision's names)
        using var folder = new TemporaryFolder();
        string path = folder.Combine("model.pth");
        torch.manual_seed(5);
        using AbnormalityClassifier source = ModelRegistry.Create("densenet-small");
        using (torch.no_grad()) source.state_dict()["classifier.bias"].fill_(0.75);
        source.save_py(path);
        source.eval();
        float[] inputs = Enumerable.Range(0, 2 * 48 * 48).Select(i => (float)Math.Sin(i * 0.01)).ToArray();
        using var batch = torch.tensor(inputs, [2, 1, 48, 48]);
        float[] expected = source.forward(batch).data<float>().ToArray();

        // When it is opened as a 1-channel model with RadAudit's normalisation
        using TorchScoringModel model = TorchModels.OpenStateDict(path, "densenet-small", 48, head: ClassifierHeads.Logit, channels: 1,
            normalisation: InputNormalisation.RadAudit, device: "cpu");

        // Then it scores exactly as the source model
        Assert.Equal(expected, model.Score(inputs, 2));
    }

    [Fact]
    public void Should_refuse_a_state_dict_without_its_head_or_with_a_head_of_the_wrong_width()
    {
        // Given a file without the classifier entries, and the 2-class file opened as a one-logit head
        using var folder = new TemporaryFolder();
        string headless = folder.Combine("backbone.pth");
        using AbnormalityClassifier source = ModelRegistry.Create("densenet-small");
        var entries = source.state_dict().Where(entry => !entry.Key.StartsWith("classifier.", StringComparison.Ordinal))
            .ToDictionary(entry => entry.Key, entry => entry.Value);
        using (var stream = File.Create(headless)) PyTorchPickler.PickleStateDict(stream, entries);

        // When they are opened
        var noHead = Assert.Throws<RadAuditException>(() => TorchModels.OpenStateDict(headless, "densenet-small", 64, device: "cpu"));
        var wrongHead = Assert.Throws<RadAuditException>(() =>
            TorchModels.OpenStateDict(Golden("densenet_small_softmax2.pth"), "densenet-small", 64, head: ClassifierHeads.Logit, device: "cpu"));

        // Then both are refused in the library's words
        Assert.Contains("no classification head", noHead.Message);
        Assert.Equal(Settings.Head, wrongHead.Setting);
        Assert.Contains("2 output(s)", wrongHead.Message);
    }
}
