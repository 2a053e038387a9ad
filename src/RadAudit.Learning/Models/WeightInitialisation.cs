using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RadAudit.Learning.Models;

/// <summary>torchvision's initialisation of its classification networks, applied to a whole module tree.</summary>
internal static class WeightInitialisation
{
    /// <summary>Convolutions: Kaiming-normal with ReLU gain over <paramref name="mode"/> (torchvision: fan-in for
    /// DenseNet, fan-out for ResNet); BatchNorm: weight 1, bias 0; linear layers: PyTorch's default weights, bias 0.</summary>
    public static void TorchvisionStyle(nn.Module root, nn.init.FanInOut mode)
    {
        using var noGrad = torch.no_grad();
        foreach ((string _, nn.Module module) in root.named_modules())
        {
            switch (module)
            {
                case Convolution convolution:
                    nn.init.kaiming_normal_(convolution.weight, mode: mode, nonlinearity: nn.init.NonlinearityType.ReLU);
                    break;
                case BatchNormalization2d norm:
                    nn.init.ones_(norm.weight);
                    nn.init.zeros_(norm.bias);
                    break;
                case Linear linear when linear.bias is not null:
                    nn.init.zeros_(linear.bias);
                    break;
            }
        }
    }

    /// <summary>Sets a linear layer's weights and bias to zero (a fine-tuned head's start; see <see cref="AbnormalityClassifier.ZeroHead"/>).</summary>
    public static void ZeroLinear(Linear linear)
    {
        using var noGrad = torch.no_grad();
        nn.init.zeros_(linear.weight);
        if (linear.bias is not null) nn.init.zeros_(linear.bias);
    }
}
