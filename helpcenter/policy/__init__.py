"""The policy guard: policy facts, placeholders, quantities in en/kk/el, and the cross-language check."""
from .facts import Fact, FactsError, load_facts
from .guard import Problem, Report, check_docs
from .quantities import Quantity, extract
from .render import RenderError, build_context, render

__all__ = ["Fact", "FactsError", "load_facts", "Problem", "Report", "check_docs", "Quantity", "extract",
           "RenderError", "build_context", "render"]
