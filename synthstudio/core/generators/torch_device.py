"""Choose where a neural generator trains: the GPU when there is one and the user allows
it, the processor otherwise, with a plain-language reason for every processor fallback.

Only NVIDIA GPUs (CUDA) are used. Apple's MPS is deliberately not picked: ctgan would
choose it by itself when told a GPU is allowed, so the SDV adapter passes ``enable_gpu``
only for a CUDA choice, and the device shown to the user is always the one really used.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DeviceChoice:
    device: str          # "cuda" or "cpu": what torch is told to use
    name: str            # shown to people, e.g. "NVIDIA H100 80GB HBM3" or "processor (CPU)"
    reason: str = ""     # why the processor is used although a GPU was wanted; "" otherwise

    @property
    def is_gpu(self) -> bool:
        return self.device == "cuda"


CPU_NAME = "processor (CPU)"
REASON_NOT_ALLOWED = "GPU use is turned off in the settings, so the processor is used."
REASON_NOT_SUPPORTED = "This generator runs on the processor only."
REASON_NO_CUDA_BUILD = ("The installed PyTorch has no GPU support (CPU-only build), "
                        "so the processor is used.")
REASON_NO_GPU = "No NVIDIA graphics card (CUDA) was found on this computer, so the processor is used."


def choose_device(allow_gpu: bool = True, can_use_gpu: bool = True) -> DeviceChoice:
    """The device a run will use. Imports torch only when a GPU could be wanted."""
    if not can_use_gpu:
        return DeviceChoice("cpu", CPU_NAME, REASON_NOT_SUPPORTED)
    if not allow_gpu:
        return DeviceChoice("cpu", CPU_NAME, REASON_NOT_ALLOWED)
    import torch

    if torch.version.cuda is None:
        return DeviceChoice("cpu", CPU_NAME, REASON_NO_CUDA_BUILD)
    if not torch.cuda.is_available():
        return DeviceChoice("cpu", CPU_NAME, REASON_NO_GPU)
    return DeviceChoice("cuda", torch.cuda.get_device_name(0))


def describe_used_device(device: object) -> str:
    """Normalise what torch reports (``torch.device('cuda:0')``, ``'cpu'``) to "cuda"/"cpu"/"mps"."""
    return str(getattr(device, "type", device)).split(":")[0]
