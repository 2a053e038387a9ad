#!/usr/bin/python3
"""PyTorch side of the DenseNet-121 CPU comparison (bench/peer/compare-cpu.sh).

Same work as `radaudit-benchmarks model-step` (bench/RadAudit.Benchmarks/ModelStepRunner.cs): torchvision DenseNet-121
with a 1-logit head, random 1-channel input replicated to 3 channels, batch 8. `--mode train`: zero_grad, forward,
weighted BCE-with-logits, backward, Adam (lr 1e-4). `--mode infer`: eval mode, no_grad, forward and sigmoid.
`--memory-format channels-last` converts model and input as PyTorch's docs recommend (the default is PyTorch's own).
Prints one line in the runner's format: images/s is batch / median step time; peak_rss_mb is ru_maxrss.
"""
import argparse
import resource
import statistics
import time

import torch
import torchvision


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["train", "infer"], default="train")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--size", type=int, default=224)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--steps", type=int, default=5)
    parser.add_argument("--memory-format", choices=["contiguous", "channels-last"], default="contiguous")
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    parser.add_argument("--precision", choices=["fp32", "bf16-autocast"], default="fp32")
    args = parser.parse_args()
    # Debian's torch defaults to one thread here and then takes a much slower path: set it explicitly.
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    channels_last = args.memory_format == "channels-last"
    device = torch.device(args.device)
    model = torchvision.models.densenet121()
    model.classifier = torch.nn.Linear(model.classifier.in_features, 1)
    model = model.to(device)
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-4)
    pixels = torch.rand(args.batch, 1, args.size, args.size, device=device)
    labels = (torch.arange(args.batch, device=device) % 2).float()
    weights = torch.full((args.batch,), 0.5, device=device)
    model.train(args.mode == "train")
    times = []
    for step in range(args.warmup + args.steps):
        start = time.perf_counter()
        batch = pixels.expand(-1, 3, -1, -1)
        if channels_last:
            batch = batch.contiguous(memory_format=torch.channels_last)
        autocast = torch.autocast(device.type, dtype=torch.bfloat16, enabled=args.precision == "bf16-autocast")
        if args.mode == "train":
            optimizer.zero_grad()
            with autocast:
                logits = model(batch).squeeze(1)
            loss = torch.nn.functional.binary_cross_entropy_with_logits(logits.float(), labels, weight=weights)
            loss.item()
            loss.backward()
            optimizer.step()
        else:
            with torch.no_grad(), autocast:
                torch.sigmoid(model(batch).float()).tolist()
        if device.type == "cuda":
            torch.cuda.synchronize()  # CUDA runs asynchronously: wait for the step's kernels
        if step >= args.warmup:
            times.append(time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"pytorch {torch.__version__} threads {torch.get_num_threads()} device {args.device} mode {args.mode} size {args.size} "
          f"batch {args.batch} layout {args.memory_format} precision {args.precision} images_per_second {args.batch / statistics.median(times):.3f} "
          f"peak_rss_mb {peak}")


if __name__ == "__main__":
    main()
