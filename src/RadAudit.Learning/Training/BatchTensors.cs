using RadAudit.Data.Loading;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Training;

/// <summary>An <see cref="ImageBatch"/> as tensors on the compute device (created in the caller's dispose scope).</summary>
internal sealed record BatchTensors(Tensor Pixels, Tensor Labels, Tensor Weights)
{
    public static BatchTensors From(ImageBatch batch, Device device)
    {
        Tensor pixels = torch.tensor(batch.Pixels, [batch.Count, 1, batch.Height, batch.Width]).to(device);
        // Unknown labels (NaN) weigh 0 and get a placeholder target of 0, so they never move the loss.
        var labels = new float[batch.Count];
        var weights = new float[batch.Count];
        for (int index = 0; index < batch.Count; index++)
        {
            bool known = !float.IsNaN(batch.Labels[index]);
            labels[index] = known ? batch.Labels[index] : 0f;
            weights[index] = known ? batch.Weights[index] : 0f;
        }
        return new BatchTensors(pixels, torch.tensor(labels).to(device), torch.tensor(weights).to(device));
    }
}
