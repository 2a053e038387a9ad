namespace RadAudit.Stats.Tests.Golden;

/// <summary>Agreement with scikit-learn's roc_auc_score and cohen_kappa_score (make_golden_sklearn.py).</summary>
public sealed class SklearnAgreementTests
{
    private static readonly Dictionary<string, Dictionary<string, string>> Expected = GoldenCase.Expected("sklearn_expected.csv");

    public static TheoryData<string> Cases => GoldenCase.Names("sklearn_expected.csv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_match_sklearn_auc_and_kappa(string name)
    {
        // Given a golden case and scikit-learn's answers at threshold 0.5
        GoldenCase golden = GoldenCase.Load(name);
        var expected = Expected[name];

        // When AUC and kappa are computed
        double aucA = RadAudit.Stats.Roc.DeLongPlacements.Compute(golden.A).Theta;
        double aucB = RadAudit.Stats.Roc.DeLongPlacements.Compute(golden.B).Theta;
        double kappaA = ConfusionMatrix.At(golden.A, 0.5).Kappa;
        double kappaB = ConfusionMatrix.At(golden.B, 0.5).Kappa;

        // Then they agree to rounding
        ProcAgreementTests.AssertClose(expected["auc_a"], aucA, 1e-12);
        ProcAgreementTests.AssertClose(expected["auc_b"], aucB, 1e-12);
        ProcAgreementTests.AssertClose(expected["kappa_a"], kappaA, 1e-12);
        ProcAgreementTests.AssertClose(expected["kappa_b"], kappaB, 1e-12);
    }
}
