using System.Text;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Tests.Saliency;

/// <summary>
/// Fills a model's state dict the way bench/peer/gradcam_reference.py does, so C# and PyTorch run the same
/// DenseNet-121 without shipping its weights: each value comes from splitmix64(fnv1a(entry name) + index).
/// </summary>
internal static class HashedWeights
{
    /// <summary>Overwrites every floating-point entry of <paramref name="model"/>'s state dict.</summary>
    public static void Fill(nn.Module model)
    {
        using var noGrad = no_grad();
        foreach (var (name, tensor) in model.state_dict())
        {
            if (tensor.dtype == ScalarType.Int64) continue;
            long[] shape = tensor.shape;
            using Tensor values = torch.tensor(Values(name, shape), shape);
            tensor.copy_(values);
        }
    }

    /// <summary>count values in [0, 1), the top 53 bits of splitmix64 over fnv1a(name) + index.</summary>
    public static double[] Uniform(string name, long count)
    {
        ulong seed = Fnv1a(name);
        var values = new double[count];
        for (long i = 0; i < count; i++)
        {
            ulong z = unchecked(seed + (ulong)i + 0x9E3779B97F4A7C15UL);
            z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
            z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
            z ^= z >> 31;
            values[i] = (z >> 11) * (1.0 / (1UL << 53));
        }
        return values;
    }

    private static float[] Values(string name, long[] shape)
    {
        double[] u = Uniform(name, shape.Aggregate(1L, (product, side) => product * side));
        Func<double, double> rule = name switch
        {
            _ when name.EndsWith("running_var", StringComparison.Ordinal) => x => 1.0 + 0.2 * x,
            _ when name.EndsWith("running_mean", StringComparison.Ordinal) => x => 0.05 * (2 * x - 1),
            _ when shape.Length == 4 => x => Math.Sqrt(6.0 / (shape[1] * shape[2] * shape[3])) * (2 * x - 1),
            _ when shape.Length == 2 => x => (2 * x - 1) / Math.Sqrt(shape[1]),
            _ when name.StartsWith("classifier", StringComparison.Ordinal) => x => 0.1 * (2 * x - 1),
            _ when name.EndsWith("weight", StringComparison.Ordinal) => x => 1.0 + 0.1 * (2 * x - 1),
            _ => x => 0.05 * (2 * x - 1),
        };
        return [.. u.Select(x => (float)rule(x))];
    }

    private static ulong Fnv1a(string text)
    {
        ulong value = 0xCBF29CE484222325UL;
        foreach (byte b in Encoding.UTF8.GetBytes(text))
            value = unchecked((value ^ b) * 0x100000001B3UL);
        return value;
    }
}
