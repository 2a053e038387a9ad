#!/usr/bin/python3
"""Writes the ONNX golden files of RadAudit.Onnx.Tests (run with Debian's python3-torch 1.13 / torchvision 0.14).

A torchvision DenseNet with RadAudit's densenet-small configuration (growth 12, blocks 2-2-2-2, 24 stem channels;
torchvision's own modules and ops, 1/100 of DenseNet-121's cost), seeded and with its batch-norm statistics drawn
away from the identity so the check is not trivial, exported twice with opset 13 and a dynamic batch:

  densenet_small_logit.onnx     one output: the abnormality logit (the head RadAudit trains)
  densenet_small_softmax2.onnx  two outputs: class logits [normal, abnormal] (the same backbone, a 2-class head)
  densenet_small_softmax2.pth   the 2-class model's state dict, torchvision names (the state-dict path's test)
  inputs.bin                    4 x 3 x 64 x 64 float32 little-endian inputs (already normalised)
  golden.json                   PyTorch's outputs on those inputs, and what produced them

    /usr/bin/python3 tests/RadAudit.Onnx.Tests/Golden/make_onnx_golden.py
"""
import json
import os

import torch
import torchvision

HERE = os.path.dirname(os.path.abspath(__file__))
SIZE, COUNT, SEED = 64, 4, 20


def densenet_small(num_classes):
    return torchvision.models.DenseNet(growth_rate=12, block_config=(2, 2, 2, 2), num_init_features=24, bn_size=4,
                                       num_classes=num_classes)


def perturb_norms(model, generator):
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, torch.nn.BatchNorm2d):
                n = module.num_features
                module.weight.copy_(0.5 + torch.rand(n, generator=generator))
                module.bias.copy_(0.1 * torch.randn(n, generator=generator))
                module.running_mean.copy_(0.1 * torch.randn(n, generator=generator))
                module.running_var.copy_(0.5 + torch.rand(n, generator=generator))


def export(model, inputs, name, output):
    torch.onnx.export(model, inputs, os.path.join(HERE, name), opset_version=13, input_names=["image"],
                      output_names=[output], dynamic_axes={"image": {0: "batch"}, output: {0: "batch"}})


def main():
    torch.manual_seed(SEED)
    generator = torch.Generator().manual_seed(SEED)
    logit = densenet_small(1)
    perturb_norms(logit, generator)
    with torch.no_grad():
        # Larger head weights than the default initialisation, so the logits differ clearly between images.
        logit.classifier.weight.mul_(20)
        logit.classifier.bias.fill_(0.25)
    softmax2 = densenet_small(2)
    backbone = {k: v for k, v in logit.state_dict().items() if not k.startswith("classifier.")}
    softmax2.load_state_dict(backbone, strict=False)
    with torch.no_grad():
        softmax2.classifier.weight.mul_(20)
        softmax2.classifier.bias.copy_(torch.tensor([0.1, -0.2]))
    logit.eval()
    softmax2.eval()

    inputs = torch.randn(COUNT, 3, SIZE, SIZE, generator=generator)
    with torch.no_grad():
        logits = logit(inputs)
        classes = softmax2(inputs)
    export(logit, inputs, "densenet_small_logit.onnx", "logit")
    export(softmax2, inputs, "densenet_small_softmax2.onnx", "classes")
    torch.save(softmax2.state_dict(), os.path.join(HERE, "densenet_small_softmax2.pth"))
    inputs.numpy().astype("<f4").tofile(os.path.join(HERE, "inputs.bin"))
    golden = {
        "torch": torch.__version__,
        "torchvision": torchvision.__version__,
        "model": "torchvision.models.DenseNet(growth_rate=12, block_config=(2, 2, 2, 2), num_init_features=24, bn_size=4)",
        "seed": SEED,
        "opset": 13,
        "input_shape": [COUNT, 3, SIZE, SIZE],
        "logit": [float(v) for v in logits.reshape(-1)],
        "softmax2": [[float(v) for v in row] for row in classes],
        "softmax2_abnormal_logit": [float(row[1] - row[0]) for row in classes],
    }
    with open(os.path.join(HERE, "golden.json"), "w", encoding="utf-8") as handle:
        json.dump(golden, handle, indent=2)
        handle.write("\n")


if __name__ == "__main__":
    main()
