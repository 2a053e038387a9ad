using System.Globalization;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using RadAudit.Core;
using RadAudit.Core.Scoring;

namespace RadAudit.Onnx;

/// <summary>
/// An abnormality classifier exported to ONNX, of any architecture, scored with ONNX Runtime on the CPU. The input
/// shape and channels come from the graph (N × C × H × W, the batch dynamic), the normalisation from the model's
/// metadata (<see cref="NormalisationKeys"/>) or the caller, and the head from the output width (1: a logit, 2: class
/// logits) unless given. ONNX gives no gradients: saliency of such a model is occlusion.
/// </summary>
public sealed class OnnxScoringModel : IScoringModel
{
    /// <summary>Metadata keys read for the normalisation, in order (value: a name or MEAN/STD, see
    /// <see cref="InputNormalisation.Parse"/>); set one when exporting (onnx's <c>metadata_props</c>).</summary>
    public static IReadOnlyList<string> NormalisationKeys { get; } = ["radaudit.normalisation", "normalisation", "normalization"];

    private readonly InferenceSession _session;
    private readonly string _inputName, _outputName;
    private readonly string _head;

    private OnnxScoringModel(InferenceSession session, string inputName, string outputName, ModelInput input, string head, ScoringModelInfo info)
    {
        _session = session;
        _inputName = inputName;
        _outputName = outputName;
        _head = head;
        Input = input;
        Info = info;
    }

    /// <inheritdoc />
    public ModelInput Input { get; }

    /// <inheritdoc />
    public ScoringModelInfo Info { get; }

    /// <summary>ONNX Runtime's version.</summary>
    public static string RuntimeVersion => OrtEnv.Instance().GetVersionString();

    /// <summary>Opens <paramref name="path"/>; what the graph leaves open must be in <paramref name="options"/>.</summary>
    /// <exception cref="RadAuditException">The file is missing or not a single-image classifier RadAudit can feed.</exception>
    public static OnnxScoringModel Open(string path, OnnxModelOptions? options = null)
    {
        options ??= new OnnxModelOptions();
        if (!File.Exists(path))
            throw new RadAuditException($"ONNX model {path}: file not found.", setting: Settings.Model);
        InferenceSession session = CreateSession(path, options.Threads);
        try
        {
            return Describe(path, session, options);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public float[] Score(float[] inputs, int count)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Length != count * Input.ValuesPerImage)
            throw new ArgumentException($"Expected {count} x {Input.ValuesPerImage} input values, got {inputs.Length}.", nameof(inputs));
        using OrtValue tensor = OrtValue.CreateTensorValueFromMemory(inputs, [count, Input.Channels, Input.Size, Input.Size]);
        using var runOptions = new RunOptions();
        using IDisposableReadOnlyCollection<OrtValue> outputs = _session.Run(runOptions, [_inputName], [tensor], [_outputName]);
        return ClassifierHeads.AbnormalLogits(_head, outputs[0].GetTensorDataAsSpan<float>(), count);
    }

    /// <inheritdoc />
    public void Dispose() => _session.Dispose();

    private static InferenceSession CreateSession(string path, int threads)
    {
        using var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = threads > 0 ? threads : Environment.ProcessorCount,
            InterOpNumThreads = 1,
        };
        try
        {
            return new InferenceSession(path, sessionOptions);
        }
        catch (OnnxRuntimeException problem)
        {
            throw new RadAuditException($"ONNX model {path}: ONNX Runtime cannot load it ({problem.Message.Split('\n')[0]}).",
                inner: problem, setting: Settings.Model);
        }
    }

    private static OnnxScoringModel Describe(string path, InferenceSession session, OnnxModelOptions options)
    {
        if (session.InputMetadata.Count != 1)
            throw new RadAuditException(
                $"ONNX model {path}: it has {session.InputMetadata.Count} inputs ({string.Join(", ", session.InputMetadata.Keys)}); RadAudit feeds one image batch.",
                setting: Settings.Model);
        var (inputName, inputMeta) = session.InputMetadata.Single();
        int[] dims = inputMeta.Dimensions;
        if (inputMeta.ElementDataType != TensorElementType.Float || dims.Length != 4)
            throw new RadAuditException(
                $"ONNX model {path}: input '{inputName}' is {inputMeta.ElementDataType} [{Shape(inputMeta)}]; RadAudit feeds float32 N x C x H x W.",
                setting: Settings.Model);
        var notes = new List<string>();
        int channels = Resolve(dims[1], options.Channels, "channels", path, Settings.InputChannels);
        if (channels is not (1 or 3))
            throw new RadAuditException($"ONNX model {path}: the input has {channels} channels; RadAudit feeds 1 or 3 (a gray radiograph repeated).",
                setting: Settings.InputChannels);
        if (dims[2] > 0 && dims[3] > 0 && dims[2] != dims[3])
            throw new RadAuditException($"ONNX model {path}: the input is {dims[2]} x {dims[3]}; RadAudit letterboxes images into square inputs. Export with a square input.",
                setting: Settings.Model);
        int size = Resolve(dims[2] > 0 ? dims[2] : dims[3], options.Size, "side", path, Settings.ImageSize);
        InputNormalisation normalisation = Normalisation(session, options, channels, notes);
        if (!normalisation.Fits(channels))
            throw new RadAuditException($"normalisation {normalisation} has values for {normalisation.Mean.Count} channels, the model takes {channels}.",
                exitCode: 2, setting: Settings.Normalisation);
        var (outputName, head) = Head(path, session, options.Head, notes);
        string graph = session.ModelMetadata.GraphName is { Length: > 0 } name ? name : Path.GetFileNameWithoutExtension(path);
        string producer = session.ModelMetadata.ProducerName is { Length: > 0 } by ? $"; exported by {by} {session.ModelMetadata.Version.ToString(CultureInfo.InvariantCulture)}" : "";
        var info = new ScoringModelInfo("onnx", Path.GetFullPath(path), $"onnx graph '{graph}'{producer}", head, $"ONNX Runtime {RuntimeVersion} (CPU)", Gradients: false)
        {
            Notes = notes,
        };
        return new OnnxScoringModel(session, inputName, outputName, new ModelInput(size, channels, normalisation), head, info);
    }

    private static int Resolve(int fromGraph, int? given, string what, string path, string setting)
    {
        if (fromGraph > 0)
        {
            if (given is int stated && stated != fromGraph)
                throw new RadAuditException($"ONNX model {path}: its input {what} is {fromGraph}, not {stated}.", exitCode: 2, setting: setting);
            return fromGraph;
        }
        return given ?? throw new RadAuditException($"ONNX model {path}: the input {what} is dynamic in the graph; say which to use.",
            exitCode: 2, setting: setting);
    }

    private static InputNormalisation Normalisation(InferenceSession session, OnnxModelOptions options, int channels, List<string> notes)
    {
        if (options.Normalisation is { } given) return given;
        foreach (string key in NormalisationKeys)
            if (session.ModelMetadata.CustomMetadataMap.TryGetValue(key, out string? value))
            {
                notes.Add($"normalisation {value} read from the model's metadata ({key})");
                return InputNormalisation.Parse(value);
            }
        InputNormalisation assumed = channels == 3 ? InputNormalisation.ImageNet : InputNormalisation.RadAudit;
        notes.Add($"the model does not state its normalisation: {assumed} assumed (say it if it differs)");
        return assumed;
    }

    private static (string Name, string Head) Head(string path, InferenceSession session, string? given, List<string> notes)
    {
        var (outputName, outputMeta) = session.OutputMetadata.First();
        int[] dims = outputMeta.Dimensions;
        long width = dims.Length switch
        {
            1 => 1,
            2 => dims[1],
            _ => -1,
        };
        if (outputMeta.ElementDataType != TensorElementType.Float || width == -1 || (width <= 0 && given is null))
            throw new RadAuditException(
                $"ONNX model {path}: output '{outputName}' is {outputMeta.ElementDataType} [{Shape(outputMeta)}]; expected float32 N x 1 (a logit) or N x 2 (class logits).",
                setting: Settings.Head);
        if (given is not null)
        {
            string head = ClassifierHeads.Parse(given);
            if (width > 0 && width != ClassifierHeads.Outputs(head))
                throw new RadAuditException($"ONNX model {path}: output '{outputName}' has {width} values per image, head {head} reads {ClassifierHeads.Outputs(head)}.",
                    exitCode: 2, setting: Settings.Head);
            return (outputName, head);
        }
        string detected = ClassifierHeads.ForOutputs(width)
            ?? throw new RadAuditException($"ONNX model {path}: output '{outputName}' has {width} values per image; an abnormality classifier has 1 (a logit) or 2 (class logits).",
                setting: Settings.Head);
        notes.Add($"head {detected} detected from the output width ({width})");
        if (session.OutputMetadata.Count > 1) notes.Add($"output '{outputName}' used; the others are ignored");
        return (outputName, detected);
    }

    private static string Shape(NodeMetadata metadata) => string.Join(", ", metadata.Dimensions.Select(
        (dimension, index) => dimension > 0 ? dimension.ToString(CultureInfo.InvariantCulture) : metadata.SymbolicDimensions.ElementAtOrDefault(index) ?? "?"));
}
