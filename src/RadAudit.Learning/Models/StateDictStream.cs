using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Models;

/// <summary>
/// Writes and reads a module's state dict in TorchSharp's own format (a count, then name and tensor per entry), for
/// parameters in any memory layout or on any device.
/// </summary>
/// <remarks>
/// TorchSharp's <c>Module.save</c>/<c>load</c> copy raw bytes and so refuse channels-last tensors, and <c>load</c>
/// moves a CUDA module to the CPU and back, which would replace parameters that an optimizer holds as views of its
/// flat buffer. Here each entry is written from a contiguous copy and read into a temporary, then copied into the
/// existing tensor in place; the file is byte-identical to <c>Module.save</c>'s for contiguous CPU weights.
/// </remarks>
internal static class StateDictStream
{
    /// <summary>Writes every parameter and buffer of <paramref name="module"/>.</summary>
    public static void Write(BinaryWriter writer, nn.Module module)
    {
        var copies = new Dictionary<string, Tensor>();
        try
        {
            foreach (var (name, tensor) in module.state_dict()) copies.Add(name, tensor.contiguous());
            nn.Module.save_state_dict(writer, copies);
        }
        finally
        {
            foreach (Tensor copy in copies.Values) copy.Dispose();
        }
    }

    /// <summary>Reads a state dict written by <see cref="Write"/> (or <c>Module.save</c>) into
    /// <paramref name="module"/>'s existing tensors; names, shapes and types must match exactly.</summary>
    /// <exception cref="InvalidDataException">The stream holds another model's state.</exception>
    public static void Read(BinaryReader reader, nn.Module module)
    {
        Dictionary<string, Tensor> targets = module.state_dict();
        long count = reader.Read7BitEncodedInt64(); // TorchSharp writes unsigned LEB128, which is .NET's 7-bit encoding
        if (count != targets.Count)
            throw new InvalidDataException($"the file holds {count} tensors, the model has {targets.Count}.");
        using var noGrad = torch.no_grad();
        for (long index = 0; index < count; index++)
        {
            string name = reader.ReadString();
            if (!targets.TryGetValue(name, out Tensor? target))
                throw new InvalidDataException($"the file holds '{name}', which the model does not have.");
            using Tensor loaded = TensorExtensionMethods.Load(reader);
            if (loaded.dtype != target.dtype || !loaded.shape.SequenceEqual(target.shape))
                throw new InvalidDataException(
                    $"'{name}' is {loaded.dtype} [{string.Join(", ", loaded.shape)}] in the file but {target.dtype} [{string.Join(", ", target.shape)}] in the model.");
            target.copy_(loaded);
        }
    }
}
