using System.Text.Json.Nodes;

namespace RadAudit.Onnx.Tests;

/// <summary>The files Golden/make_onnx_golden.py wrote: two ONNX exports of one torchvision DenseNet, its inputs and
/// PyTorch's outputs on them.</summary>
internal static class GoldenFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Golden");

    public static string LogitModel => Path.Combine(Folder, "densenet_small_logit.onnx");

    public static string Softmax2Model => Path.Combine(Folder, "densenet_small_softmax2.onnx");

    public static JsonNode Golden => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "golden.json")))!;

    /// <summary>The N × 3 × 64 × 64 inputs and N.</summary>
    public static (float[] Inputs, int Count) Inputs()
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(Folder, "inputs.bin"));
        var values = new float[bytes.Length / sizeof(float)];
        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return (values, Golden["input_shape"]![0]!.GetValue<int>());
    }

    public static float[] Expected(string key) => Golden[key]!.AsArray().Select(value => value!.GetValue<float>()).ToArray();
}
