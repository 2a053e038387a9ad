using RadAudit.Learning.Models;

namespace RadAudit.Learning.Tests.Models;

/// <summary>
/// Every torchvision architecture's state dict (names, order and shapes) must equal torchvision's, as listed in
/// Reference/*.state-dict.txt (written by Reference/generate_torchvision_state_dicts.py with python3-torchvision).
/// Order is not compared: TorchSharp lists parameters before buffers, and loading matches entries by name.
/// </summary>
[Trait("Category", "Slow")]
public sealed class StateDictNameTests
{
    public static TheoryData<string> TorchvisionArchitectures => new() { "densenet-121", "densenet-169", "resnet-18", "resnet-50" };

    [Theory]
    [MemberData(nameof(TorchvisionArchitectures))]
    public void Should_match_torchvision_state_dict_names_and_shapes(string architecture)
    {
        // Given the reference list generated from torchvision
        string[] expected = ReadReference(architecture).Entries.Order(StringComparer.Ordinal).ToArray();

        // When the TorchSharp model lists its state dict
        using AbnormalityClassifier model = ModelRegistry.Create(architecture);
        string[] actual = model.state_dict()
            .Select(entry => $"{entry.Key}\t{string.Join(",", entry.Value.shape)}")
            .Order(StringComparer.Ordinal)
            .ToArray();

        // Then both lists hold the same names with the same shapes
        Assert.Equal(expected.Length, actual.Length);
        for (int index = 0; index < expected.Length; index++)
            Assert.Equal(expected[index], actual[index]);
    }

    [Theory]
    [MemberData(nameof(TorchvisionArchitectures))]
    public void Should_have_torchvisions_parameter_count(string architecture)
    {
        // Given torchvision's count from the reference header (DenseNet-121: 6,954,881)
        long expected = ReadReference(architecture).Parameters;

        // When the parameters are counted
        using AbnormalityClassifier model = ModelRegistry.Create(architecture);
        long actual = model.parameters().Sum(parameter => parameter.numel());

        // Then they agree
        Assert.Equal(expected, actual);
        if (architecture == "densenet-121") Assert.Equal(6_954_881, actual);
    }

    private static (string[] Entries, long Parameters) ReadReference(string architecture)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Models", "Reference", $"{architecture}.state-dict.txt");
        string[] lines = File.ReadAllLines(path);
        // Header: "# torchvision 0.14.1a0, 6954881 parameters"
        long parameters = long.Parse(lines[0].Split(", ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        return (lines.Skip(1).Where(line => line.Length > 0).ToArray(), parameters);
    }
}
