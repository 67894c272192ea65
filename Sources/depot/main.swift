import DepotCore

print(SampleLibrary.url?.path ?? "none")
