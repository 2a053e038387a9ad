#!/usr/bin/python3
"""How learnable is the anatomy of a generated data set? Trains torchvision's DenseNet with densenet-small's shape
(k = 12, blocks 2-2-2-2, 24 stem channels, one logit) from scratch on the `cover` variant (label boxes from
markers.csv blacked out with a 4 px margin, as `radaudit mask --variant cover`), letterboxed to SIZE px and
normalised as RadAudit's loader does, and prints the image-level valid AUC after every epoch.

Usage: synthetic_learnability.py DATA SIZE EPOCHS LR   (DATA = a `radaudit synth` output folder)
Environment: BATCH (default 32), SQUARE=N adds an N x N white square to every abnormal image (a sanity check:
the network must then reach AUC 1 in an epoch or two).
"""
import csv, os, random, sys, time
import numpy as np, torch, torch.nn as nn
from PIL import Image, ImageDraw
from sklearn.metrics import roc_auc_score
from torchvision.models import DenseNet

torch.set_num_threads(2)
torch.manual_seed(0)
random.seed(0)
root, size, epochs, lr = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
batch, square = int(os.environ.get("BATCH", "32")), int(os.environ.get("SQUARE", "0"))

boxes = {}
for row in csv.DictReader(open(os.path.join(root, "markers.csv"))):
    boxes.setdefault(row["path"], []).append([int(float(row[k])) for k in ("x", "y", "width", "height")])


def load(split):
    images, labels = [], []
    for path in open(os.path.join(root, "MURA-v1.1", f"{split}_image_paths.csv")).read().split():
        image = Image.open(os.path.join(root, path)).convert("L")
        draw = ImageDraw.Draw(image)
        for x, y, w, h in boxes.get(path, []):
            draw.rectangle([x - 4, y - 4, x + w + 4, y + h + 4], fill=0)
        image.thumbnail((size, size), Image.BILINEAR)
        canvas = Image.new("L", (size, size), 0)
        canvas.paste(image, ((size - image.width) // 2, (size - image.height) // 2))
        pixels = np.asarray(canvas, dtype=np.float32).copy() / 255
        abnormal = "positive" in path
        if abnormal and square:
            top, left = random.randrange(20, size - 20 - square), random.randrange(20, size - 20 - square)
            pixels[top:top + square, left:left + square] = 1.0
        images.append(pixels)
        labels.append(1.0 if abnormal else 0.0)
    x = (torch.tensor(np.stack(images))[:, None] - 0.449) / 0.226
    return x.expand(-1, 3, -1, -1).contiguous(), torch.tensor(labels)


train_x, train_y = load("train")
valid_x, valid_y = load("valid")
model = DenseNet(12, (2, 2, 2, 2), 24, num_classes=1)
optimizer = torch.optim.Adam(model.parameters(), lr=lr)
loss_function = nn.BCEWithLogitsLoss()
print(f"train {len(train_y)} images, valid {len(valid_y)}, {torch.get_num_threads()} threads", flush=True)
for epoch in range(1, epochs + 1):
    started = time.time()
    model.train()
    order = torch.randperm(len(train_y))
    total, steps = 0.0, 0
    for start in range(0, len(order) - batch + 1, batch):
        chosen = order[start:start + batch]
        optimizer.zero_grad()
        loss = loss_function(model(train_x[chosen])[:, 0], train_y[chosen])
        loss.backward()
        optimizer.step()
        total, steps = total + loss.item(), steps + 1
    model.eval()
    with torch.no_grad():
        scores = torch.cat([model(valid_x[i:i + 64])[:, 0] for i in range(0, len(valid_y), 64)])
    print(f"epoch {epoch}: train loss {total / steps:.4f}, valid AUC {roc_auc_score(valid_y, scores):.3f}, "
          f"{time.time() - started:.1f} s", flush=True)
