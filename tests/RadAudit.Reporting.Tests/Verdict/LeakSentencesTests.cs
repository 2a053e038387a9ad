using RadAudit.Reporting.Results;
using RadAudit.Reporting.Tests.Fixtures;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Tests.Verdict;

public sealed class LeakSentencesTests
{
    private static BoxStatistic Statistic(string name, double auc, double lower, double upper, string kind) =>
        new(name, name + " description", auc, new ConfidenceInterval(lower, upper), 1199, kind);

    private static AuditResults With(ChanceComparison? geometry, params BoxStatistic[] statistics) =>
        SampleResults.Create() with { LeakChecks = new LeakChecks(statistics, geometry) };

    private static readonly ChanceComparison GeometryAtChance = new(0.51, new ConfidenceInterval(0.47, 0.55), 0.6);

    [Fact]
    public void Should_say_placement_does_not_predict_and_keep_the_plain_headline_when_nothing_leaks()
    {
        // Given a labels-geometry model at chance and box statistics at chance, except the ink (the labels' own content)
        AuditResults results = With(GeometryAtChance, Statistic("box_background", 0.52, 0.48, 0.56, BoxStatistic.UnderLabels),
            Statistic("box_ink", 0.64, 0.61, 0.67, BoxStatistic.LabelLook));

        // When the verdict is written
        string verdict = VerdictWriter.Write(results);

        // Then it says placement alone does not predict, blames nothing else, and the headline is the plain shortcut one
        Assert.Contains("The labels' placement and size alone do not predict the class (labels-geometry study-level AUC 0.51, 95% CI 0.47–0.55).", verdict);
        Assert.False(LeakSentences.NamesPlacement(results));
        Assert.DoesNotContain("not by itself proof", verdict);
        Assert.False(LeakSentences.AnyLeak(results));
        Assert.Equal("Shortcut risk: the burned-in labels carry diagnostic information.", VerdictWriter.Headline(results));
    }

    [Fact]
    public void Should_name_a_background_statistic_that_beats_chance_and_say_the_labels_are_not_proven_to_carry_the_diagnosis()
    {
        // Given the brightness under the boxes predicting the class (interval above 0.5)
        AuditResults results = With(GeometryAtChance, Statistic("box_background", 0.56, 0.53, 0.59, BoxStatistic.UnderLabels));

        // When the verdict is written
        string verdict = VerdictWriter.Write(results);

        // Then the statistic is named with its AUC and the headline points at the leak checks
        Assert.Contains("What lies under the labels predicts the class by itself (box_background description: AUC 0.56, 95% CI 0.53–0.59)", verdict);
        Assert.Contains("a labels-only AUC above chance is not by itself proof that the labels carry the diagnosis", verdict);
        Assert.True(LeakSentences.AnyLeak(results));
        Assert.Contains("see the leak checks", VerdictWriter.Headline(results));
    }

    [Fact]
    public void Should_count_a_background_statistic_that_predicts_normality_as_a_leak_too()
    {
        AuditResults results = With(GeometryAtChance, Statistic("box_background", 0.44, 0.41, 0.47, BoxStatistic.UnderLabels));
        Assert.True(LeakSentences.AnyLeak(results));
    }

    [Fact]
    public void Should_name_box_area_as_placement_not_as_a_leak_and_keep_the_label_shortcut_headline()
    {
        // Given larger label boxes in abnormal studies (one technologist's bigger letters), the geometry model at chance
        AuditResults results = With(GeometryAtChance, Statistic("box_area", 0.66, 0.60, 0.73, BoxStatistic.Placement));

        // Then the verdict says placement and size predict, but does not call the labels-only input leaky
        string verdict = VerdictWriter.Write(results);
        Assert.Contains("Where the labels are and how large they are already predicts the class (labels-geometry study-level AUC 0.51, 95% CI 0.47–0.55; " +
            "box_area description: AUC 0.66, 95% CI 0.60–0.73): part of what the labels-only model finds is their placement and size", verdict);
        Assert.DoesNotContain("not by itself proof", verdict);
        Assert.False(LeakSentences.AnyLeak(results));
        Assert.True(LeakSentences.NamesPlacement(results));
        Assert.Equal("Shortcut risk: the burned-in labels carry diagnostic information.", VerdictWriter.Headline(results));
    }

    [Fact]
    public void Should_say_placement_predicts_when_the_labels_geometry_model_beats_chance()
    {
        // Given a labels-geometry model whose interval lies above chance
        AuditResults results = With(new ChanceComparison(0.60, new ConfidenceInterval(0.56, 0.64), 0.001));

        // Then the verdict says part of what labels-only finds is placement
        Assert.Contains("Where the labels are and how large they are already predicts the class (labels-geometry study-level AUC 0.60, 95% CI 0.56–0.64)",
            VerdictWriter.Write(results));
        Assert.False(LeakSentences.AnyLeak(results));
    }

    [Fact]
    public void Should_write_nothing_about_leaks_for_results_without_leak_checks()
    {
        AuditResults results = SampleResults.Create() with { LeakChecks = null };
        Assert.Empty(LeakSentences.Write(results));
        Assert.False(LeakSentences.AnyLeak(results));
    }
}
