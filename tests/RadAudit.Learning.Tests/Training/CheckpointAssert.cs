using RadAudit.Learning.Models;
using RadAudit.Learning.Training;

namespace RadAudit.Learning.Tests.Training;

/// <summary>Compares the weights held by two checkpoint files.</summary>
internal static class CheckpointAssert
{
    public static bool SameWeights(string first, string second, string architecture = "densenet-small")
    {
        using AbnormalityClassifier a = ModelRegistry.Create(architecture);
        using AbnormalityClassifier b = ModelRegistry.Create(architecture);
        CheckpointFile.Load(first, a);
        CheckpointFile.Load(second, b);
        var left = a.state_dict();
        var right = b.state_dict();
        return left.Keys.All(key => left[key].equal(right[key]).all().item<bool>());
    }
}
