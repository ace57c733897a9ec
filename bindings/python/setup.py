# Packages the module built by CMake (build/bindings/python/shixian/, _core*.so and the
# .py files): `pip install --no-build-isolation build/bindings/python`. CMake copies
# this file there; building happens in CMake, not here (everything from Debian packages,
# nothing downloaded).
from setuptools import setup
from setuptools.dist import Distribution


class BinaryDistribution(Distribution):
    def has_ext_modules(self):  # the wheel holds a compiled module: tag it for this Python
        return True


setup(name="shixian", version="0.1.0", packages=["shixian"], package_data={"shixian": ["_core*.so"]},
      distclass=BinaryDistribution, install_requires=[], python_requires=">=3.11")
