using RadAudit.Stats.Roc;

namespace RadAudit.Stats.Tests.Golden;

/// <summary>Agreement with pROC 1.18 on the cases of make_golden.R (AUC 1e-12, DeLong CI and paired z/p 1e-9).</summary>
public sealed class ProcAgreementTests
{
    private const double AucTolerance = 1e-12;
    private const double InferenceTolerance = 1e-9;
    private static readonly Dictionary<string, Dictionary<string, string>> Expected = GoldenCase.Expected("proc_expected.csv");

    public static TheoryData<string> Cases => GoldenCase.Names("proc_expected.csv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_match_pROC_auc_and_delong_ci(string name)
    {
        // Given a golden case and pROC's answers
        GoldenCase golden = GoldenCase.Load(name);
        var expected = Expected[name];

        // When both score columns are estimated
        AucEstimate a = DeLong.Estimate(golden.A);
        AucEstimate b = DeLong.Estimate(golden.B);

        // Then AUC, CI limits and variance agree
        AssertClose(expected["auc_a"], a.Auc, AucTolerance);
        AssertClose(expected["auc_b"], b.Auc, AucTolerance);
        AssertClose(expected["ci_a_lower"], a.Lower, InferenceTolerance);
        AssertClose(expected["ci_a_upper"], a.Upper, InferenceTolerance);
        AssertClose(expected["ci_b_lower"], b.Lower, InferenceTolerance);
        AssertClose(expected["ci_b_upper"], b.Upper, InferenceTolerance);
        AssertClose(expected["var_a"], a.Variance, InferenceTolerance);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_match_pROC_paired_delong_test(string name)
    {
        // Given a golden case and pROC's roc.test(paired = TRUE, method = "delong")
        GoldenCase golden = GoldenCase.Load(name);
        var expected = Expected[name];

        // When the two columns are compared
        AucDifference difference = DeLong.Compare(golden.Paired);

        // Then z, p and the CI of the difference agree
        AssertClose(expected["z"], difference.Z, InferenceTolerance);
        AssertClose(expected["p"], difference.P, InferenceTolerance);
        AssertClose(expected["diff_lower"], difference.Lower, InferenceTolerance);
        AssertClose(expected["diff_upper"], difference.Upper, InferenceTolerance);
    }

    [Fact]
    public void Should_cover_every_golden_input_file()
    {
        // Given the checked-in inputs. When compared with the expected rows. Then none lacks a reference answer.
        string[] inputs = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden", "cases"), "*.csv")
            .Select(Path.GetFileNameWithoutExtension).ToArray()!;
        Assert.True(inputs.Length >= 15);
        Assert.All(inputs, input => Assert.True(Expected.ContainsKey(input), input));
    }

    internal static void AssertClose(string expectedText, double actual, double tolerance)
    {
        double expected = GoldenCase.Parse(expectedText);
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            Assert.Equal(expected, actual);
            return;
        }
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected:R}, got {actual:R} (|diff| {Math.Abs(expected - actual):E2} > {tolerance:E0})");
        // Tiny p-values must also agree in relative terms, not merely be "both near 0".
        if (Math.Abs(expected) < 1e-6 && expected != 0)
            Assert.True(Math.Abs(actual / expected - 1) < 1e-6, $"expected {expected:R}, got {actual:R} (relative)");
    }
}
