#!/usr/bin/python3
"""Writes the parameter and buffer names and shapes of torchvision's models, with a 1-logit head, as the
reference that RadAudit's TorchSharp models must match (tests/RadAudit.Learning.Tests/Models/StateDictNameTests.cs).

Run with Debian's python3-torchvision (no weights are downloaded: the models are built with random weights):
    /usr/bin/python3 tests/RadAudit.Learning.Tests/Models/Reference/generate_torchvision_state_dicts.py
One file per architecture, one line per state-dict entry: name<TAB>shape (comma-separated), in torchvision's order.
"""
import os
import torch
import torchvision

HERE = os.path.dirname(os.path.abspath(__file__))


def one_logit(model, head_name):
    head = getattr(model, head_name)
    setattr(model, head_name, torch.nn.Linear(head.in_features, 1))
    return model


ARCHITECTURES = {
    "densenet-121": lambda: one_logit(torchvision.models.densenet121(), "classifier"),
    "densenet-169": lambda: one_logit(torchvision.models.densenet169(), "classifier"),
    "resnet-18": lambda: one_logit(torchvision.models.resnet18(), "fc"),
    "resnet-50": lambda: one_logit(torchvision.models.resnet50(), "fc"),
}


def main():
    for name, build in ARCHITECTURES.items():
        model = build()
        lines = [f"{key}\t{','.join(str(size) for size in value.shape)}" for key, value in model.state_dict().items()]
        parameters = sum(parameter.numel() for parameter in model.parameters())
        with open(os.path.join(HERE, f"{name}.state-dict.txt"), "w", encoding="utf-8") as out:
            out.write(f"# torchvision {torchvision.__version__}, {parameters} parameters\n")
            out.write("\n".join(lines) + "\n")
        print(name, parameters, "parameters,", len(lines), "entries")


if __name__ == "__main__":
    main()
