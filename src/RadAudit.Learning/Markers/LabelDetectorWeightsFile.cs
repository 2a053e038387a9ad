using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using RadAudit.Core;
using RadAudit.Learning.Models;

namespace RadAudit.Learning.Markers;

/// <summary>
/// The label detector's weights file: the ASCII line <c>RADAUDIT LABEL DETECTOR 1</c>, the manifest as
/// length-prefixed UTF-8 JSON (<see cref="LabelDetectorManifest"/>), then the segmenter's state dict in TorchSharp's
/// format (<see cref="StateDictStream"/>). The shipped one is embedded in this assembly, so detection needs no file and
/// no download.
/// </summary>
internal static class LabelDetectorWeightsFile
{
    /// <summary>Name of the embedded resource holding the shipped weights.</summary>
    public const string ResourceName = "RadAudit.Learning.Markers.label-detector.weights";

    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("RADAUDIT LABEL DETECTOR 1\n");

    private static readonly JsonSerializerOptions Json = new()
    {
        // Compact: the box verifier's trees are some thousand nodes, and the file is binary anyway.
        WriteIndented = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes <paramref name="network"/> and <paramref name="manifest"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, LabelSegmenter network, LabelDetectorManifest manifest) => AtomicFile.Write(path, stream =>
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(manifest, Json);
        writer.Write(json.Length);
        writer.Write(json);
        StateDictStream.Write(writer, network);
    });

    /// <summary>Reads a weights file into a new segmenter.</summary>
    /// <param name="path">The file.</param>
    /// <param name="forDetection">Whether its box verifier must fit this build's candidate features: true to detect with
    /// it; false to calibrate it again or fine-tune from it (both fit a new verifier, which is what a file from an older
    /// build needs).</param>
    /// <exception cref="RadAuditException">Missing, damaged or foreign file (names the file and the fix).</exception>
    public static (LabelSegmenter Network, LabelDetectorManifest Manifest) Read(string path, bool forDetection = true)
    {
        if (!File.Exists(path))
            throw new RadAuditException($"{path}: label detector weights not found. Pass a file written by `radaudit markers train-detector`, or leave out --detector-weights for the shipped ones.");
        using FileStream stream = File.OpenRead(path);
        return Read(stream, path, forDetection);
    }

    /// <summary>The weights shipped inside RadAudit.</summary>
    public static (LabelSegmenter Network, LabelDetectorManifest Manifest) ReadShipped()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new RadAuditException("this build of RadAudit has no shipped label detector weights; train them with `radaudit markers train-detector --out FILE` and pass --detector-weights FILE, or use --detector rules.");
        return Read(stream, "the shipped label detector weights", forDetection: true);
    }

    private static (LabelSegmenter, LabelDetectorManifest) Read(Stream stream, string source, bool forDetection)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
                throw new InvalidDataException("it does not start with the label detector's header");
            int length = reader.ReadInt32();
            if (length is <= 0 or > 16 << 20) throw new InvalidDataException($"its manifest length {length} is impossible");
            var manifest = JsonSerializer.Deserialize<LabelDetectorManifest>(reader.ReadBytes(length), Json)
                ?? throw new InvalidDataException("its manifest is empty");
            if (forDetection) manifest.Calibration.Verifier?.Validate();
            Runtime.Compute.ComputeRuntime.EnsureReady();
            var network = new LabelSegmenter(manifest.Architecture);
            StateDictStream.Read(reader, network);
            network.eval();
            return (network, manifest);
        }
        catch (Exception problem) when (problem is InvalidDataException or EndOfStreamException or JsonException)
        {
            throw new RadAuditException($"{source}: not a usable label detector weights file ({problem.Message}). Retrain it with `radaudit markers train-detector` or use the shipped weights.", inner: problem);
        }
    }
}
