#!/usr/bin/python3
"""PyTorch reference Grad-CAM / Grad-CAM++ for DenseNet-121 with a one-logit head (RadAudit issue 8).

Both sides build the *same* network without shipping 28 MB of weights: every state-dict entry is filled from
a counter-based hash (splitmix64 of the entry's name and the element index), which C# reproduces bit for bit
(tests/RadAudit.Learning.Tests/Saliency/HashedWeights.cs). The input is hashed noise plus a bright square.

Writes, next to --out (default tests/RadAudit.Learning.Tests/Saliency/Golden/densenet121_gradcam):
  .json  logits, the raw (rectified, unscaled) 7x7 Grad-CAM and Grad-CAM++ maps, settings
  .bin   the 224x224 Grad-CAM map of each image scaled to max 1 (RadAudit's output), as uint16 little-endian
         (value x 65535, rounded: 200 KB instead of 400 KB, error 8e-6)

Grad-CAM is computed without hooks, as RadAudit does: features = relu(model.features(x)) (torchvision's forward
with the ReLU made explicit), logit = classifier(avgpool(features)), gradients by torch.autograd.grad.
Run: /usr/bin/python3 bench/peer/gradcam_reference.py  (python3-torch, python3-torchvision; 2 threads)
"""
import argparse
import json
import os

import numpy as np
import torch
import torch.nn.functional as F
import torchvision

MASK64 = (1 << 64) - 1
SIZE = 224
BATCH = 2


def fnv1a(text):
    value = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x100000001B3) & MASK64
    return value


def hashed_uniform(name, count):
    """count values in [0, 1): splitmix64(fnv1a(name) + index), top 53 bits."""
    with np.errstate(over="ignore"):
        z = np.arange(count, dtype=np.uint64) + np.uint64(fnv1a(name))
        z = z + np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    return (z >> np.uint64(11)).astype(np.float64) * (2.0 ** -53)


def hashed_entry(name, shape):
    """The value rule shared with C#: He-uniform convolutions, 1/sqrt(fan_in) head, BatchNorm near identity."""
    count = int(np.prod(shape))
    u = hashed_uniform(name, count)
    symmetric = 2.0 * u - 1.0
    if name.endswith("running_var"):
        values = 1.0 + 0.2 * u
    elif name.endswith("running_mean"):
        values = 0.05 * symmetric
    elif len(shape) == 4:
        values = np.sqrt(6.0 / (shape[1] * shape[2] * shape[3])) * symmetric
    elif len(shape) == 2:
        values = symmetric / np.sqrt(shape[1])
    elif name.startswith("classifier"):
        values = 0.1 * symmetric
    elif name.endswith("weight"):
        values = 1.0 + 0.1 * symmetric
    else:
        values = 0.05 * symmetric
    return torch.from_numpy(values.astype(np.float32).reshape(shape))


def hashed_input():
    noise = hashed_uniform("input", BATCH * SIZE * SIZE).reshape(BATCH, 1, SIZE, SIZE).astype(np.float32)
    image = 0.3 * noise
    image[0, 0, 40:80, 150:190] += 0.7   # a bright square, top right
    image[1, 0, 140:200, 30:70] += 0.7   # another, bottom left
    return torch.from_numpy(image)


def build_model():
    model = torchvision.models.densenet121(weights=None, num_classes=1)
    state = model.state_dict()
    filled = {name: (value if value.dtype == torch.int64 else hashed_entry(name, tuple(value.shape)))
              for name, value in state.items()}
    model.load_state_dict(filled)
    return model.eval()


def cam_maps(model, image):
    leaf = image.expand(-1, 3, -1, -1).clone().requires_grad_(True)
    features = F.relu(model.features(leaf))
    logits = model.classifier(torch.flatten(F.adaptive_avg_pool2d(features, 1), 1)).reshape(-1)
    gradients, = torch.autograd.grad(logits.sum(), features)
    activations = features.detach()
    weights = gradients.mean(dim=(2, 3))
    gradcam = F.relu((weights[:, :, None, None] * activations).sum(1))
    squared, cubed = gradients ** 2, gradients ** 3
    alpha = squared / (2 * squared + activations.sum(dim=(2, 3), keepdim=True) * cubed + 1e-7)
    alpha = torch.where(gradients != 0, alpha, torch.zeros_like(alpha))
    plus_weights = (alpha * F.relu(gradients)).sum(dim=(2, 3))
    gradcam_plus = F.relu((plus_weights[:, :, None, None] * activations).sum(1))
    return logits.detach(), gradcam, gradcam_plus


def upsampled(raw):
    full = F.interpolate(raw[:, None], size=(SIZE, SIZE), mode="bilinear", align_corners=False)[:, 0].clamp_min(0)
    peak = full.amax(dim=(1, 2), keepdim=True)
    return full / torch.where(peak > 0, peak, torch.ones_like(peak))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "tests", "RadAudit.Learning.Tests", "Saliency", "Golden", "densenet121_gradcam")
    parser.add_argument("--out", default=os.path.normpath(default))
    args = parser.parse_args()
    torch.set_num_threads(2)
    model = build_model()
    logits, gradcam, gradcam_plus = cam_maps(model, hashed_input())
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    np.round(upsampled(gradcam).numpy() * 65535.0).astype("<u2").tofile(args.out + ".bin")
    with open(args.out + ".json", "w") as handle:
        json.dump({
            "generator": "bench/peer/gradcam_reference.py",
            "torch": torch.__version__, "torchvision": torchvision.__version__,
            "size": SIZE, "batch": BATCH, "feature_size": list(gradcam.shape[1:]),
            "logits": logits.tolist(),
            "gradcam_raw": gradcam.reshape(BATCH, -1).tolist(),
            "gradcam_plus_plus_raw": gradcam_plus.reshape(BATCH, -1).tolist(),
        }, handle, indent=1)
    print("logits", logits.tolist(), "gradcam peak", gradcam.amax(dim=(1, 2)).tolist(), "->", args.out)


if __name__ == "__main__":
    main()
