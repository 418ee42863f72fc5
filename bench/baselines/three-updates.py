"""Baseline: the lesson's forward pass, backward pass and 3 gradient-descent updates in numpy.

Prints every stage's matrix for each update as JSON, as a transcript would.
"""
import json

import numpy as np

W1 = np.array([[0.4], [0.6]])
B = np.array([[0.1], [-0.1]])
W2 = np.array([[0.3, 0.5], [-0.2, 0.7]])
x = np.array([[0.5]])
T = np.array([[1.0], [-1.0]])
lr = 0.1

updates = []
for _ in range(3):
    Z = W1 @ x + B
    A = np.maximum(Z, 0)
    Y = W2 @ A
    L = 0.5 * np.sum((Y - T) ** 2)
    dY = Y - T
    dW2 = dY @ A.T
    dA = W2.T @ dY
    dZ = dA * (Z > 0)
    dW1 = dZ @ x.T
    dB = dZ
    W1 = W1 - lr * dW1
    B = B - lr * dB
    W2 = W2 - lr * dW2
    stages = {"Z": Z, "A": A, "Y": Y, "L": L, "dL/dY": dY, "dL/dW2": dW2, "dL/dA": dA,
              "dL/dZ": dZ, "dL/dW1": dW1, "dL/dB": dB, "W1": W1, "B": B, "W2": W2}
    updates.append({name: np.asarray(value).tolist() for name, value in stages.items()})

Z = W1 @ x + B
Y = W2 @ np.maximum(Z, 0)
final_loss = 0.5 * np.sum((Y - T) ** 2)
print(json.dumps({"updates": updates, "finalLoss": float(final_loss)}))
