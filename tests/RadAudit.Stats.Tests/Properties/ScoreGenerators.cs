using CsCheck;

namespace RadAudit.Stats.Tests.Properties;

/// <summary>Random labelled scores on a coarse grid (so ties are common), always with both classes.</summary>
internal static class ScoreGenerators
{
    public const string Seed = "0N0XIzNsQ0O2";

    private static readonly Gen<double> GridScore = Gen.Int[0, 20].Select(step => step / 20.0);

    /// <summary>Scores and labels of 2 to <paramref name="maximum"/> items.</summary>
    public static Gen<(double[] Scores, bool[] Positive)> Labelled(int maximum = 80) =>
        Gen.Select(GridScore, Gen.Bool).Array[2, maximum].Select(items =>
        {
            items[0].Item2 = true;
            items[1].Item2 = false;
            return (items.Select(item => item.Item1).ToArray(), items.Select(item => item.Item2).ToArray());
        });

    /// <summary>Two score vectors on the same labelled items.</summary>
    public static Gen<(double[] A, double[] B, bool[] Positive)> Paired(int maximum = 80) =>
        Labelled(maximum).SelectMany(labelled => GridScore.Array[labelled.Scores.Length]
            .Select(other => (labelled.Scores, other, labelled.Positive)));
}
