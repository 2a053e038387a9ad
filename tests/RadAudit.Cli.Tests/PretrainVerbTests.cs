using System.Text.Json;
using RadAudit.Learning.Models;
using RadAudit.Learning.Models.Pretrained;
using RadAudit.Testing;
using static RadAudit.Cli.Tests.CliInvocation;

namespace RadAudit.Cli.Tests;

[Trait("Category", "Slow")]
public sealed class PretrainVerbTests
{
    [Fact]
    public void Should_train_on_label_free_images_and_write_loadable_weights_with_their_provenance()
    {
        // Given a tiny label-free pretraining run
        using var folder = new TemporaryFolder();
        string weights = folder.Combine("w.safetensors");
        var (code, output, error) = Run("pretrain", "--out", weights, "--work", folder.Combine("work"), "--train-studies", "12",
            "--valid-studies", "8", "--epochs", "1", "--device", "cpu");

        // Then it succeeds, its data carry no marker box, and the weights load into densenet-small
        Assert.True(code == 0, output + error);
        Assert.Single(File.ReadAllLines(folder.Combine("work/data/markers.csv"))); // the header only
        using AbnormalityClassifier model = ModelRegistry.Create("densenet-small");
        Assert.True(PretrainedWeights.Load(model, weights).IsExactBackboneMatch);

        // And the provenance names the command, the label-free data and the valid AUC
        using JsonDocument provenance = JsonDocument.Parse(File.ReadAllText(weights + ".json"));
        Assert.StartsWith("radaudit pretrain", provenance.RootElement.GetProperty("made_by").GetString());
        Assert.False(provenance.RootElement.GetProperty("synthesis").GetProperty("DrawMarkers").GetBoolean());
        Assert.True(provenance.RootElement.GetProperty("valid_image_auc").ValueKind is JsonValueKind.Number or JsonValueKind.Null);
    }
}
