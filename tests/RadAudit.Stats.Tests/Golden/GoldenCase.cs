using System.Globalization;

namespace RadAudit.Stats.Tests.Golden;

/// <summary>One golden case: labels and two score columns, plus the reference outputs keyed by column name.</summary>
public sealed record GoldenCase(string Name, bool[] Positive, double[] ScoresA, double[] ScoresB)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Golden");

    public BinaryScores A => BinaryScores.FromLabels(ScoresA, Positive);

    public BinaryScores B => BinaryScores.FromLabels(ScoresB, Positive);

    public PairedBinaryScores Paired => PairedBinaryScores.FromLabels(ScoresA, ScoresB, Positive);

    public static GoldenCase Load(string name)
    {
        string[] lines = File.ReadAllLines(Path.Combine(Folder, "cases", name + ".csv"));
        var rows = lines.Skip(1).Select(line => line.Split(',')).ToArray();
        return new GoldenCase(name,
            rows.Select(row => row[0] == "1").ToArray(),
            rows.Select(row => Parse(row[1])).ToArray(),
            rows.Select(row => Parse(row[2])).ToArray());
    }

    /// <summary>Rows of a reference file (proc_expected.csv or sklearn_expected.csv) as column → text, keyed by case.</summary>
    public static Dictionary<string, Dictionary<string, string>> Expected(string file)
    {
        string[] lines = File.ReadAllLines(Path.Combine(Folder, file));
        string[] header = lines[0].Split(',');
        return lines.Skip(1).Select(line => line.Split(','))
            .ToDictionary(cells => cells[0], cells => header.Zip(cells).ToDictionary(pair => pair.First, pair => pair.Second));
    }

    public static TheoryData<string> Names(string file)
    {
        var data = new TheoryData<string>();
        foreach (string name in Expected(file).Keys) data.Add(name);
        return data;
    }

    public static double Parse(string text) => text switch
    {
        "NA" => double.NaN,
        "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
