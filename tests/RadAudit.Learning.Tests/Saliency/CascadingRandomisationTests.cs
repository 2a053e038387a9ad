using RadAudit.Learning.Models;
using RadAudit.Learning.Saliency;
using TorchSharp;

namespace RadAudit.Learning.Tests.Saliency;

[Trait("Category", "Slow")]
public sealed class CascadingRandomisationTests
{
    [Fact]
    public void Should_reinitialise_layers_from_the_head_down_one_stage_further_each_time()
    {
        // Given densenet-small (42 layers with weights: stem, four blocks, three transitions, norm5, the head)
        torch.manual_seed(1);
        using AbnormalityClassifier model = ModelRegistry.Create("densenet-small");

        // When the layers of each stage are listed
        var layers = CascadingRandomisation.Layers(model);
        var stages = CascadingRandomisation.Stages.ToDictionary(stage => stage, stage => CascadingRandomisation.LayersOf(model, stage));

        // Then the head stage is the classifier, the last block adds denseblock4 and norm5, half adds the later half,
        // all is everything, and each stage contains the one before
        Assert.Equal("features.conv0", layers[0]);
        Assert.Equal(["classifier"], stages["head"]);
        Assert.Equal(layers.SkipWhile(layer => !layer.StartsWith("features.denseblock4.", StringComparison.Ordinal)), stages["last-block"]);
        Assert.Equal(layers.Count - layers.Count / 2, stages["half"].Count);
        Assert.Equal(layers, stages["all"]);
        for (int i = 1; i < CascadingRandomisation.Stages.Count; i++)
            Assert.Superset(stages[CascadingRandomisation.Stages[i - 1]].ToHashSet(), stages[CascadingRandomisation.Stages[i]].ToHashSet());
    }

    [Fact]
    public void Should_randomise_a_copy_reproducibly_and_leave_the_trained_model_and_the_other_layers_alone()
    {
        // Given a model whose weights differ from a fresh initialisation (batch-norm statistics moved)
        torch.manual_seed(2);
        using AbnormalityClassifier model = ModelRegistry.Create("densenet-small");
        using (torch.no_grad())
            foreach (var (name, tensor) in model.state_dict())
                if (name.EndsWith("running_mean", StringComparison.Ordinal)) tensor.fill_(0.3);
        var before = model.state_dict().ToDictionary(entry => entry.Key, entry => entry.Value.clone());

        // When the last-block stage is randomised twice with one seed
        using AbnormalityClassifier first = CascadingRandomisation.Randomised(model, "last-block", seed: 9);
        using AbnormalityClassifier second = CascadingRandomisation.Randomised(model, "last-block", seed: 9);

        // Then the original is unchanged, the copy keeps every layer below the last block, differs inside it, and the
        // same seed gives the same weights
        foreach (var (name, tensor) in model.state_dict()) Assert.True(tensor.equal(before[name]).all().item<bool>(), name);
        var copy = first.state_dict();
        Assert.True(copy["features.denseblock3.denselayer1.conv1.weight"].equal(before["features.denseblock3.denselayer1.conv1.weight"]).all().item<bool>());
        Assert.False(copy["features.denseblock4.denselayer1.conv1.weight"].equal(before["features.denseblock4.denselayer1.conv1.weight"]).all().item<bool>());
        Assert.Equal(0f, copy["features.norm5.running_mean"].abs().max().item<float>());
        foreach (var (name, tensor) in second.state_dict()) Assert.True(tensor.equal(copy[name]).all().item<bool>(), name);
    }
}
