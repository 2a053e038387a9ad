using RadAudit.Core;
using RadAudit.Data.Loading;

namespace RadAudit.Data.Tests.Loading;

public sealed class ClassWeightsTests
{
    private static ImageRecord Image(string study, string part, int? label) => new(study + "/i.png", label, study, "p" + study, part, "train");

    [Fact]
    public void Should_weigh_each_body_part_by_its_study_counts()
    {
        // Given wrist: 1 abnormal and 3 normal studies (the abnormal one with 2 images); hand: only normal studies
        var records = new List<ImageRecord>
        {
            Image("w1", "XR_WRIST", 1), Image("w1", "XR_WRIST", 1) with { Path = "w1/j.png" },
            Image("w2", "XR_WRIST", 0), Image("w3", "XR_WRIST", 0), Image("w4", "XR_WRIST", 0),
            Image("h1", "XR_HAND", 0),
        };

        // When MURA's weights are computed
        ClassWeights weights = ClassWeights.MuraStudyType(records);

        // Then wrist abnormal = |N|/(|A|+|N|) = 3/4, normal = |A|/(|A|+|N|) = 1/4 (studies, not images)
        Assert.Equal(0.75f, weights.WeightOf(records[0]));
        Assert.Equal(0.25f, weights.WeightOf(records[2]));
        // And a one-class body part, an unseen one and an unknown label get 1, 1 and 0
        Assert.Equal(1f, weights.WeightOf(records[5]));
        Assert.Equal(1f, weights.WeightOf(Image("x", "XR_ELBOW", 1)));
        Assert.Equal(0f, weights.WeightOf(Image("w1", "XR_WRIST", null)));
        Assert.Equal(1f, ClassWeights.Uniform.WeightOf(records[0]));
    }
}
