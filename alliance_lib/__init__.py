"""Balance-of-power models and alliance-network widgets for the Japan–US alliance book.

Modules, each named after the idea it models:

- :mod:`alliance_lib.datasets`: bundled COW and ATOP data, loaders and validation.
- :mod:`alliance_lib.balance`: coalition power, predominance, the holder of the balance.
- :mod:`alliance_lib.power_index`: Shapley–Shubik and Banzhaf pivotality.
- :mod:`alliance_lib.structural`: signed graphs and structural balance.
- :mod:`alliance_lib.landscape`: Axelrod–Bennett landscape theory of aggregation.
- :mod:`alliance_lib.network`: pivots as positions in the alliance network.
- :mod:`alliance_lib.drawing`: figures with alt text.
- :mod:`alliance_lib.widgets`: the interactive explorers (needs ipywidgets).
"""

__version__ = "0.1.0"
