"""The Customers room: the lazy customer list, the five-category form, trash and conflicts."""
